import { keepPhotos } from '../../files/uploads';
import { AppError } from '../../core/errors';
import type { Ctx } from '../../core/define';
import { toBeijingDate, yearOf } from '../../../domain/beijing';
import { studyDayProblem } from '../../../domain/people';
import type { StudyArrangement, StudyReviewKind, StudyWritingKind } from '../../../shared/people';
import { appendAudit, auditEvent } from '../../content/audit';
import { asStaff } from '../../tickets/caller';
import type { AccountDoc, StudyEntryDoc, StudyPlanDoc } from '../docs';

/**
 * `studyPlan`: the caller's 个人学习计划 for a year (rule 十(三)1), replaced as a whole.
 * @example await savePlan(ctx, { year: 2026, text: '每月学习一部法律…' }) // { year: 2026, text }
 */
export async function savePlan(ctx: Ctx, input: { year: number; text: string }): Promise<{ year: number; text: string }> {
  const me = asStaff(ctx.actor);
  const doc: StudyPlanDoc = { _id: `plan:${input.year}:${me.staffId}`, year: input.year, kind: 'plan', staffId: me.staffId, text: input.text, updatedAt: ctx.now, updatedBy: me.name };
  await ctx.store.put('studyPlans', doc);
  return { year: input.year, text: input.text };
}

/**
 * `studyArrangements`: the station's 工作站部署 for a year — topics and dates — set by the director
 * or the admin, replaced as a whole and audited.
 * @example await saveArrangements(ctx, { year: 2026, items: [{ date: '2026-03-10', topic: '法律援助法' }] })
 */
export async function saveArrangements(ctx: Ctx, input: { year: number; items: StudyArrangement[] }): Promise<{ year: number; items: StudyArrangement[] }> {
  const me = asStaff(ctx.actor);
  const wrong = input.items.findIndex((i) => yearOf(i.date) !== input.year);
  if (wrong >= 0) throw new AppError('VALIDATION', `第 ${wrong + 1} 项的日期不在 ${input.year} 年`, `items.${wrong}.date`);
  const items = [...input.items].sort((a, b) => a.date.localeCompare(b.date));
  const id = `arrangements:${input.year}`;
  await ctx.store.transaction(async (tx) => {
    const before = await tx.get<StudyPlanDoc>('studyPlans', id);
    await tx.put('studyPlans', { _id: id, year: input.year, kind: 'arrangements', items, updatedAt: ctx.now, updatedBy: me.name });
    await appendAudit(tx, auditEvent({ at: ctx.now, actor: ctx.actor, subject: id, action: 'study.arrangements', from: before?.items, to: items }));
  });
  return { year: input.year, items };
}

function assertPast(ctx: Ctx, date: string): void {
  const problem = studyDayProblem(date, toBeijingDate(ctx.now));
  if (problem) throw new AppError('VALIDATION', `「日期」${problem}`, 'date');
}

/**
 * `studyWrite`: a 学习笔记 or 调研文章 of the caller (rule 十(三)3), text with optional photos
 * (uploaded like letter photos, kept from the unreferenced-photo sweep); idempotent by requestId.
 * @example await saveWriting(ctx, { requestId: 'r-12345678', kind: 'note', date: '2026-11-25', title: '读书笔记', text: '…' })
 */
export async function saveWriting(
  ctx: Ctx, input: { requestId: string; kind: StudyWritingKind; date: string; title: string; text: string; photoIds?: string[] },
): Promise<{ id: string }> {
  const me = asStaff(ctx.actor);
  assertPast(ctx, input.date);
  const doc: StudyEntryDoc = {
    _id: `${input.kind}:${me.staffId}:${input.requestId}`, year: yearOf(input.date), staffId: me.staffId, kind: input.kind,
    date: input.date, title: input.title, text: input.text, photoIds: input.photoIds ?? [], by: { staffId: me.staffId, name: me.name }, createdAt: ctx.now,
  };
  await ctx.store.transaction(async (tx) => {
    if (await tx.get('studyEntries', doc._id)) return;
    await tx.create('studyEntries', doc);
    await keepPhotos(tx, doc.photoIds ?? []); // issue 12: a note's photos are not swept
  });
  return { id: doc._id };
}

/**
 * `studyReview`: the director records a 检查, 表扬 or 批评 of someone's study (rule 十(三)5);
 * idempotent by requestId, audited.
 * @example await saveReview(ctx, { requestId: 'r-12345678', staffId: 'staff:demo-staff', kind: 'praise', date: '2026-11-25', text: '笔记认真' })
 */
export async function saveReview(
  ctx: Ctx, input: { requestId: string; staffId: string; kind: StudyReviewKind; date: string; text: string },
): Promise<{ id: string }> {
  const me = asStaff(ctx.actor);
  assertPast(ctx, input.date);
  const person = await ctx.store.get<AccountDoc>('staff', input.staffId);
  if (!person) throw new AppError('NOT_FOUND', '没有找到这位工作人员，请刷新后再试', 'staffId');
  const doc: StudyEntryDoc = {
    _id: `review:${me.staffId}:${input.requestId}`, year: yearOf(input.date), staffId: input.staffId, kind: input.kind,
    date: input.date, text: input.text, by: { staffId: me.staffId, name: me.name }, createdAt: ctx.now,
  };
  await ctx.store.transaction(async (tx) => {
    if (await tx.get('studyEntries', doc._id)) return;
    await tx.create('studyEntries', doc);
    await appendAudit(tx, auditEvent({ at: ctx.now, actor: ctx.actor, subject: `study:${doc.year}:${input.staffId}`, action: `study.${input.kind}`, to: { date: input.date, text: input.text } }));
  });
  return { id: doc._id };
}
