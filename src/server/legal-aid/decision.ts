import type { Ctx } from '../core/define';
import { AppError } from '../core/errors';
import { loadCalendar } from '../deadlines';
import { clocksAtGrant, clocksStoppedBy, trackOf } from '../../domain/legal-aid';
import { OBJECTION_BODY, OBJECTION_REVIEW_DAYS, TERMINATION_REASONS, type LegalAidView, type TerminationReason } from '../../shared/legal-aid';
import { moveResponsibility, startClocks, stopClocks } from './clocks';
import { issueDocument } from './documents';
import { LEGAL_AID_PURPOSES, tellApplicant, tellStaff } from './notify';
import { loadFor, withHandler } from './parties';
import { nextOrConflict, saveTransition, staffRefOf, withStep } from './steps';
import type { LegalAidDoc, WorkerDoc } from './types';
import { viewOf } from './views';

type Out = Promise<{ application: LegalAidView }>;

const objection = `如有异议，可以向${OBJECTION_BODY}提出，${OBJECTION_BODY}自收到异议之日起${OBJECTION_REVIEW_DAYS}日内审查。`;

/**
 * 审批: the director decides — 给予 (accepted → granted; on the ordinary track the 3-day assign
 * clock starts) or 不予 (accepted → denied; a written reason is required, and the applicant is
 * told of the right to object to the 新建区司法局, 第49条). The decision document is archived.
 *
 * @example await decideApplication(ctx, { id, grant: false, reason: '不属于法律援助的事项范围' })
 */
export async function decideApplication(ctx: Ctx, input: { id: string; grant: boolean; reason?: string }): Out {
  const by = staffRefOf(ctx.actor);
  if (!input.grant && !input.reason) throw new AppError('VALIDATION', '「不予法律援助的理由」不能为空：不予援助必须书面说明理由', 'reason');
  const calendar = await loadCalendar(ctx.store);
  return ctx.store.transaction(async (tx) => {
    const before = await loadFor(tx, ctx.actor, input.id, 'act');
    const event = input.grant ? 'grant' : 'deny';
    const to = nextOrConflict(before, event);
    let doc: LegalAidDoc = await stopClocks(tx, before, clocksStoppedBy(event), ctx.now, input.grant ? '已决定给予法律援助' : '已决定不予法律援助');
    doc = { ...doc, decision: { grant: input.grant, reason: input.reason ?? null, at: ctx.now, by }, handlerIds: withHandler(doc.handlerIds, by.staffId) };
    if (input.grant) doc = await startClocks(tx, { ...doc, status: to }, clocksAtGrant(trackOf(doc)), ctx.now, calendar, by.staffId);
    doc = withStep(doc, event, ctx.now, by.name, input.grant ? `${by.name} 决定给予法律援助` : `${by.name} 决定不予法律援助：${input.reason}`);
    doc = await issueDocument(tx, { ...doc, status: to }, input.grant ? 'grantDecision' : 'denyDecision', ctx.now, by.name);
    const saved = await saveTransition(tx, before, doc, to, ctx.actor, ctx.now, `legalAid.${event}`, input.reason);
    await tellApplicant(tx, saved, 'decided', input.grant
      ? { purpose: LEGAL_AID_PURPOSES.decision, title: '决定给予法律援助', body: '工作站决定为您提供法律援助，将指派法律援助人员与您联系。决定书可在「我的申请」中查看。' }
      : { purpose: LEGAL_AID_PURPOSES.decision, title: '不予法律援助决定', body: `理由：${input.reason}。${objection}` }, ctx.now);
    return { application: viewOf(saved, ctx.actor) };
  });
}

/**
 * 指派: the director assigns a worker from the roster (granted → assigned): the assign clock
 * stops, the worker's load is counted in the same transaction, their account (if any) handles
 * the case and is told, the 指派通知书 is archived, the applicant is told whom to expect.
 *
 * @example await assignWorker(ctx, { id, workerId: 'law_1' })
 */
export async function assignWorker(ctx: Ctx, input: { id: string; workerId: string }): Out {
  const by = staffRefOf(ctx.actor);
  return ctx.store.transaction(async (tx) => {
    const before = await loadFor(tx, ctx.actor, input.id, 'act');
    const to = nextOrConflict(before, 'assign');
    const worker = await tx.get<WorkerDoc>('legalAidWorkers', input.workerId);
    if (!worker || !worker.active) throw new AppError('VALIDATION', '「法律援助人员」不在名册中或已停用，请重新选择', 'workerId');
    let doc = await stopClocks(tx, before, clocksStoppedBy('assign'), ctx.now, '已指派');
    doc = {
      ...doc, worker: { id: worker._id, name: worker.name, organisation: worker.organisation, phone: worker.phone, staffId: worker.staffId },
      workerStaffId: worker.staffId ?? '', handlerIds: withHandler(withHandler(doc.handlerIds, by.staffId), worker.staffId),
    };
    doc = withStep(doc, 'assign', ctx.now, by.name, `${by.name} 指派 ${worker.organisation} ${worker.name} 承办`);
    doc = await issueDocument(tx, { ...doc, status: to }, 'assignNotice', ctx.now, by.name);
    if (worker.staffId) await moveResponsibility(tx, doc, worker.staffId, ctx.now);
    await tx.update('legalAidWorkers', worker._id, { load: worker.load + 1, updatedAt: ctx.now });
    const saved = await saveTransition(tx, before, doc, to, ctx.actor, ctx.now, 'legalAid.assign');
    await tellApplicant(tx, saved, 'assigned', { purpose: LEGAL_AID_PURPOSES.assigned, title: '已指派法律援助人员', body: `${worker.organisation} ${worker.name}（电话 ${worker.phone}）将为您提供法律援助，会主动与您联系。` }, ctx.now);
    if (worker.staffId) await tellStaff(tx, saved, 'assigned', [worker.staffId], { purpose: LEGAL_AID_PURPOSES.assigned, title: '您有新的法律援助案件', body: `请尽快联系受援人 ${saved.applicant.name}${saved.greenChannel || saved.urgent ? '（绿色通道：今天联系）' : ''}。` }, ctx.now);
    return { application: viewOf(saved, ctx.actor) };
  });
}

/**
 * 终止 (第48条): the director ends the aid for one of the law's reasons, in writing (终止法律援助
 * 决定书 archived, the right to object told, 第49条); clocks stop, the worker's load drops.
 *
 * @example await terminateAid(ctx, { id, reason: 'ownLawyer', explanation: '受援人已自行委托律师' })
 */
export async function terminateAid(ctx: Ctx, input: { id: string; reason: TerminationReason; explanation: string }): Out {
  const by = staffRefOf(ctx.actor);
  return ctx.store.transaction(async (tx) => {
    const before = await loadFor(tx, ctx.actor, input.id, 'act');
    const to = nextOrConflict(before, 'terminate');
    let doc = await stopClocks(tx, before, clocksStoppedBy('terminate'), ctx.now, '终止法律援助');
    doc = { ...doc, termination: { reason: input.reason, explanation: input.explanation, at: ctx.now, by } };
    doc = withStep(doc, 'terminate', ctx.now, by.name, `${by.name} 决定终止法律援助：${TERMINATION_REASONS[input.reason]}`);
    doc = await issueDocument(tx, { ...doc, status: to }, 'terminateDecision', ctx.now, by.name);
    await releaseWorker(tx, doc, ctx.now);
    const saved = await saveTransition(tx, before, doc, to, ctx.actor, ctx.now, 'legalAid.terminate', input.explanation);
    await tellApplicant(tx, saved, 'terminated', { purpose: LEGAL_AID_PURPOSES.decision, title: '终止法律援助决定', body: `原因：${TERMINATION_REASONS[input.reason]}。${objection}` }, ctx.now);
    return { application: viewOf(saved, ctx.actor) };
  });
}

/** The assigned worker's load drops by one (closing, terminating). */
export async function releaseWorker(tx: Parameters<typeof tellStaff>[0], doc: LegalAidDoc, at: number): Promise<void> {
  if (!doc.worker) return;
  const w = await tx.get<WorkerDoc>('legalAidWorkers', doc.worker.id);
  if (w) await tx.update('legalAidWorkers', w._id, { load: Math.max(0, w.load - 1), updatedAt: at });
}
