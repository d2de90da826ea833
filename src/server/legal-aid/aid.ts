import type { Ctx } from '../core/define';
import { AppError } from '../core/errors';
import { prepareCompletion, requestRating, type CompletedItem } from '../ratings/request';
import { clocksStoppedBy, closingLine } from '../../domain/legal-aid';
import { CASE_RESULTS, PROGRESS_KINDS, type CaseResult, type LegalAidView, type ProgressKind } from '../../shared/legal-aid';
import { stopClocks } from './clocks';
import { releaseWorker } from './decision';
import { LEGAL_AID_PURPOSES, tellApplicant } from './notify';
import { loadFor, partiesOf } from './parties';
import { nextOrConflict, saveTransition, staffRefOf, withStep } from './steps';
import type { LegalAidDoc } from './types';
import { viewOf } from './views';

type Out = Promise<{ application: LegalAidView }>;

/**
 * Records the aid's progress (staff, or the assigned worker on their own case): a contact with
 * the applicant, a hearing, a note. The first contact moves assigned → aiding and stops the
 * first-aid clock (当天援助 on the green channel). `at` may not lie in the future.
 *
 * @example await recordProgress(ctx, { id, kind: 'contact', text: '电话联系受援人，约定明天面谈' })
 */
export async function recordProgress(ctx: Ctx, input: { id: string; kind: ProgressKind; at?: number; text: string }): Out {
  const by = staffRefOf(ctx.actor);
  const at = input.at ?? ctx.now;
  if (at > ctx.now) throw new AppError('VALIDATION', '「时间」不能晚于现在', 'at');
  return ctx.store.transaction(async (tx) => {
    const before = await loadFor(tx, ctx.actor, input.id, 'act');
    const to = nextOrConflict(before, 'recordProgress');
    if (before.status === 'assigned' && input.kind !== 'contact') throw new AppError('VALIDATION', '「进展类型」援助人员第一次要先登记「联系受援人」', 'kind');
    let doc: LegalAidDoc = await stopClocks(tx, before, clocksStoppedBy('recordProgress', input.kind === 'contact'), at, '已联系受援人');
    doc = { ...doc, progress: [...doc.progress, { kind: input.kind, at, text: input.text, by }] };
    doc = withStep(doc, 'recordProgress', ctx.now, by.name, `${PROGRESS_KINDS[input.kind]}：${input.text}`);
    const saved = await saveTransition(tx, before, doc, to, ctx.actor, ctx.now, 'legalAid.progress');
    if (before.status === 'assigned') {
      await tellApplicant(tx, saved, 'aiding', { purpose: LEGAL_AID_PURPOSES.progress, title: '法律援助已开始', body: `${saved.worker?.name ?? '法律援助人员'} 已开始为您提供法律援助。` }, ctx.now);
    }
    return { application: viewOf(saved, ctx.actor) };
  });
}

/** A closed case as a completed item for the ratings capability (rule 十二). */
export function completedLegalAid(doc: LegalAidDoc): CompletedItem {
  const staff = doc.worker?.staffId ? { staffId: doc.worker.staffId, name: doc.worker.name } : doc.firstResponder;
  return {
    subject: { type: 'legalAid', id: doc._id }, title: '法律援助', typeKey: 'legalAid', typeLabel: '法律援助', channel: doc.channel,
    staff, ownerOpenid: doc.ownerOpenid, contact: { name: doc.applicant.name, phone: doc.applicant.phone }, major: false, parties: partiesOf(doc),
  };
}

/**
 * 结案 with the closing report (结案报告): aiding → closed, the worker's load drops, and the
 * applicant is asked to rate (the ratings capability: 基本满意/不满意 open a callback, rule 十二).
 *
 * @example await closeCase(ctx, { id, result: 'mediated', report: '经调解，对方当场支付工资 8000 元' })
 */
export async function closeCase(ctx: Ctx, input: { id: string; result: CaseResult; report: string }): Out {
  const by = staffRefOf(ctx.actor);
  const completion = await prepareCompletion(ctx.store);
  return ctx.store.transaction(async (tx) => {
    const before = await loadFor(tx, ctx.actor, input.id, 'act');
    const to = nextOrConflict(before, 'close');
    let doc = await stopClocks(tx, before, clocksStoppedBy('close'), ctx.now, '已结案');
    doc = { ...doc, closure: { result: input.result, report: input.report, at: ctx.now, by } };
    doc = withStep(doc, 'close', ctx.now, by.name, `${by.name} ${closingLine(input.result)}`);
    await releaseWorker(tx, doc, ctx.now);
    const saved = await saveTransition(tx, before, doc, to, ctx.actor, ctx.now, 'legalAid.close', CASE_RESULTS[input.result]);
    await requestRating(tx, completedLegalAid(saved), ctx.now, completion);
    return { application: viewOf(saved, ctx.actor) };
  });
}
