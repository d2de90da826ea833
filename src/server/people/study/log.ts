import { AppError } from '../../core/errors';
import type { Ctx } from '../../core/define';
import { toBeijingDate, yearOf } from '../../../domain/beijing';
import { studyDayProblem, type StudyKind } from '../../../domain/people';
import type { StudySessionView, StudyRecordView } from '../../../shared/people';
import { appendAudit, auditEvent } from '../../content/audit';
import { asStaff } from '../../tickets/caller';
import type { AccountDoc, StudyRecordDoc, StudySessionDoc } from '../docs';
import { addRecord, recordView } from './records';

function assertDay(ctx: Ctx, date: string): void {
  const problem = studyDayProblem(date, toBeijingDate(ctx.now));
  if (problem) throw new AppError('VALIDATION', `「学习日期」${problem}`, 'date');
}

/**
 * `studyLog`: the caller records study they did (集中学习, 自学, or the county's 集中业务培训) —
 * idempotent by requestId: a retry answers the first record and adds no hours.
 * @example await logStudy(ctx, { requestId: 'r-12345678', kind: 'self', date: '2026-11-25', hours: 2, topic: '民法典婚姻家庭编' })
 */
export async function logStudy(
  ctx: Ctx, input: { requestId: string; kind: StudyKind; date: string; hours: number; topic: string },
): Promise<{ record: StudyRecordView }> {
  const me = asStaff(ctx.actor);
  assertDay(ctx, input.date);
  const id = `study:${me.staffId}:${input.requestId}`;
  const rec: StudyRecordDoc = {
    _id: id, staffId: me.staffId, year: yearOf(input.date), kind: input.kind, date: input.date, hours: input.hours, topic: input.topic,
    recordedBy: { staffId: me.staffId, name: me.name }, createdAt: ctx.now,
  };
  const saved = await ctx.store.transaction(async (tx) => {
    const done = await tx.get<StudyRecordDoc>('studyRecords', id);
    if (done) return done;
    await addRecord(tx, rec);
    return rec;
  });
  return { record: recordView(saved) };
}

/**
 * `studySession`: the organiser records a group session (or the central training) once — date,
 * hours, topic, who attended and who was absent (rule 十(三)4: no leave during group study, so
 * absences are noted with their reason). Every attendee gets the hours in the same transaction;
 * one attendee over 12 hours that day refuses it all. Idempotent by requestId.
 * @example await recordSession(ctx, { requestId: 'r-12345678', kind: 'group', date: '2026-11-20', hours: 3, topic: '法律援助法', attendeeIds: ['staff:demo-staff'], absentees: [] })
 */
export async function recordSession(
  ctx: Ctx,
  input: { requestId: string; kind: 'group' | 'central'; date: string; hours: number; topic: string; attendeeIds: string[]; absentees: { staffId: string; reason: string }[] },
): Promise<{ session: StudySessionView }> {
  const me = asStaff(ctx.actor);
  assertDay(ctx, input.date);
  const ids = [...new Set([...input.attendeeIds, ...input.absentees.map((a) => a.staffId)])];
  if (ids.length !== input.attendeeIds.length + input.absentees.length) {
    throw new AppError('VALIDATION', '同一个人不能既出席又缺席，也不能重复选择', 'attendeeIds');
  }
  const people = new Map<string, AccountDoc>();
  for (const staffId of ids) {
    const doc = await ctx.store.get<AccountDoc>('staff', staffId);
    if (!doc) throw new AppError('NOT_FOUND', '名单里有找不到的工作人员，请刷新后再选', 'attendeeIds');
    people.set(staffId, doc);
  }
  const id = `session:${me.staffId}:${input.requestId}`;
  const session: StudySessionDoc = {
    _id: id, year: yearOf(input.date), kind: input.kind, date: input.date, hours: input.hours, topic: input.topic,
    organiser: { staffId: me.staffId, name: me.name },
    attendees: input.attendeeIds.map((s) => ({ staffId: s, name: people.get(s)!.name })),
    absentees: input.absentees.map((a) => ({ staffId: a.staffId, name: people.get(a.staffId)!.name, reason: a.reason })),
    createdAt: ctx.now,
  };
  const saved = await ctx.store.transaction(async (tx) => {
    const done = await tx.get<StudySessionDoc>('studySessions', id);
    if (done) return done;
    await tx.create('studySessions', session);
    for (const a of session.attendees) {
      await addRecord(tx, {
        _id: `study:${a.staffId}:${id}`, staffId: a.staffId, year: session.year, kind: input.kind, date: input.date, hours: input.hours,
        topic: input.topic, sessionId: id, recordedBy: session.organiser, createdAt: ctx.now,
      }, a.name);
    }
    await appendAudit(tx, auditEvent({ at: ctx.now, actor: ctx.actor, subject: id, action: 'study.session', to: { date: input.date, hours: input.hours, attendees: input.attendeeIds.length, absentees: input.absentees.length } }));
    return session;
  });
  return { session: sessionView(saved) };
}

/** @example sessionView(doc).attendees // [{ staffId, name }] */
export function sessionView(d: StudySessionDoc): StudySessionView {
  return { id: d._id, kind: d.kind, date: d.date, hours: d.hours, topic: d.topic, organiser: d.organiser.name, attendees: d.attendees, absentees: d.absentees };
}
