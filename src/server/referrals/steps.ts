import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import { assertMay } from '../core/matter-access';
import { leadProblem, withLead } from '../../domain/referrals/rules';
import { nextReferralStatus, referralRefusal, type ReferralEvent } from '../../domain/referrals/status';
import type { ReferralNote, ReferralView, StaffRefLite } from '../../shared/referrals';
import { appendAudit, auditEvent } from '../content/audit';
import { loadCalendar } from '../deadlines';
import type { Tx } from '../ports/store';
import type { MatterParties } from '../../domain/access/matter';
import { loadReferral, type ReferralMatter } from './parties';
import { closeAll, dispatchUnits, stopAnswerClock, unitsOf } from './dispatch';
import { myUnitsOn, speakerFor, staffActor } from './answer';
import { onMatterTimeline } from './ticket-line';
import { liaisonsByUnit, tellStaffIds } from './notify';
import { activeUnits } from './units';
import { unitNames } from './refer';
import { referralView } from './views';
import type { ReferralDoc, ReferralLinkDoc } from './types';
import type { CheckInput, GuidanceInput, RedispatchInput, ReportInput, ReturnInput } from './schemas';

type Step = { referral: ReferralDoc; parties: MatterParties } & ReferralMatter;

/**
 * Runs one step of the referral's table in a transaction: loads it, lets `check` apply the one
 * access rule, answers a repeated request as it stands, refuses a step the table does not allow
 * (CONFLICT), and lets `apply` write. Answers the caller's view.
 */
async function step(
  ctx: Ctx, id: string, requestId: string | undefined, event: ReferralEvent,
  check: (s: Step) => void,
  apply: (tx: Tx, s: Step, next: ReferralDoc['status'], by: StaffRefLite) => Promise<ReferralDoc>,
): Promise<{ referral: ReferralView }> {
  const actor = staffActor(ctx.actor);
  return ctx.store.transaction(async (tx) => {
    const s = await loadReferral(tx, id);
    check(s);
    const mine = myUnitsOn(actor, s.referral);
    if (requestId && s.referral.handledRequests[requestId]) return { referral: referralView(s.referral, mine) };
    const next = nextReferralStatus(s.referral.status, event);
    if (!next) throw new AppError('CONFLICT', referralRefusal(s.referral.status, event));
    const saved = await apply(tx, s, next, { staffId: actor.staffId, name: actor.name });
    const withRequest = requestId ? { ...saved, handledRequests: { ...saved.handledRequests, [requestId]: true as const } } : saved;
    await tx.put('referrals', { ...withRequest, open: withRequest.status !== 'closed', updatedAt: ctx.now });
    await appendAudit(tx, auditEvent({ at: ctx.now, actor, subject: `referral:${id}`, action: `referral.${event}`, from: { status: s.referral.status }, to: { status: next }, why: saved.notes[saved.notes.length - 1]?.summary }));
    return { referral: referralView(withRequest, mine) };
  });
}

const noted = (r: ReferralDoc, note: ReferralNote, patch: Partial<ReferralDoc> = {}): ReferralDoc => ({ ...r, ...patch, notes: [...r.notes, note] });

/**
 * `progress` / `result`: the unit (its liaison, or staff on its behalf) reports progress or the
 * result. Progress by any unit that accepted; the result by the lead unit (rule 七(三)2), which
 * then waits for the station's check.
 * @example await reportReferral(ctx, { id, unitId: 'unit:court', text: '已开庭调解' }, 'progress')
 */
export async function reportReferral(ctx: Ctx, input: ReportInput, kind: 'progress' | 'result'): Promise<{ referral: ReferralView }> {
  const actor = staffActor(ctx.actor);
  return step(ctx, input.id, input.requestId, kind, (s) => assertMay(actor, s.parties, 'answerReferral'), async (tx, s, status, by) => {
    const { unit, onBehalf } = speakerFor(actor, s.referral, input.unitId);
    if (unit.state !== 'accepted') throw new AppError('CONFLICT', `${unit.name} 还没有确认受理`);
    if (kind === 'result' && !unit.lead) throw new AppError('VALIDATION', '办理结果由牵头单位反馈', 'unitId');
    const words = `${unit.name} ${kind === 'result' ? '反馈办理结果' : '反馈进展'}${onBehalf ? `（${by.name} 代为登记）` : ''}`;
    const note: ReferralNote = { at: ctx.now, kind, by, summary: words, text: input.text, ...(onBehalf ? { onBehalf } : {}) };
    await onMatterTimeline(tx, s, 'referralUpdate', by, words, ctx.actor, ctx.now, { text: input.text });
    if (kind === 'result') await tellStaffIds(tx, s.referral, `result:${ctx.now}`, [s.referral.createdBy.staffId], `${unit.name} 反馈了办理结果`, `${input.text}（请审核并告知当事人）`, ctx.now);
    return noted(s.referral, note, { status, ...(kind === 'result' ? { result: { text: input.text, at: ctx.now, by, onBehalf } } : {}) });
  });
}

/**
 * `check`: the station checks the unit's result and tells the resident (结果及时反馈): the message
 * goes on the ticket's timeline for the resident and, for an online matter, to their inbox. Closes
 * the referral and its clocks.
 * @example await checkReferral(ctx, { id, residentMessage: '法院已受理您的起诉，开庭时间另行通知' })
 */
export async function checkReferral(ctx: Ctx, input: CheckInput): Promise<{ referral: ReferralView }> {
  const actor = staffActor(ctx.actor);
  return step(ctx, input.id, input.requestId, 'check', (s) => assertMay(actor, s.parties, 'act'), async (tx, s, status, by) => {
    await closeAll(tx, s.referral, ctx.now, '结果已审核');
    await onMatterTimeline(tx, s, 'referralResult', by, `交办事项办理结果（${unitNames(s.referral.units.filter((u) => u.state === 'accepted'))}）`, ctx.actor, ctx.now, {
      text: input.residentMessage, tell: { title: '您的事项有了办理结果', body: input.residentMessage },
    });
    return noted(s.referral, { at: ctx.now, kind: 'checked', by, summary: `${by.name} 审核结果并告知当事人`, text: input.residentMessage }, { status, residentMessage: input.residentMessage });
  });
}

/** `returnResult`: the station sends an insufficient result back to the unit. */
export async function returnResult(ctx: Ctx, input: ReturnInput): Promise<{ referral: ReferralView }> {
  const actor = staffActor(ctx.actor);
  return step(ctx, input.id, input.requestId, 'return', (s) => assertMay(actor, s.parties, 'act'), async (tx, s, status, by) => {
    await onMatterTimeline(tx, s, 'referralUpdate', by, `${by.name} 退回办理结果`, ctx.actor, ctx.now, { text: input.note });
    return noted(s.referral, { at: ctx.now, kind: 'returned', by, summary: `${by.name} 退回办理结果，请继续办理`, text: input.note }, { status, result: null });
  });
}

/**
 * `redispatch` (director, rule 七(五)): withdraws the units still on the referral and sends it to
 * others (another unit or window), each with a new 3-day answer window; the same lead-unit rule
 * applies. The resident's timeline shows where it went now.
 * @example await redispatch(ctx, { id, units: [{ unitId: 'unit:window-mediation', lead: true }], reason: '派出所不予受理，改由调解窗口办理' })
 */
export async function redispatch(ctx: Ctx, input: RedispatchInput): Promise<{ referral: ReferralView }> {
  const actor = staffActor(ctx.actor);
  const units = withLead(input.units);
  const problem = leadProblem(units);
  if (problem) throw new AppError('VALIDATION', problem.message, problem.field);
  const registry = await activeUnits(ctx.store);
  if (units.some((u) => !registry.some((r) => r._id === u.unitId))) throw new AppError('VALIDATION', '「承办单位」不在单位名录里，请重新选择', 'units');
  const calendar = await loadCalendar(ctx.store);
  const liaisons = await liaisonsByUnit(ctx.store);
  return step(ctx, input.id, input.requestId, 'redispatch', (s) => assertMay(actor, s.parties, 'act'), async (tx, s, status, by) => {
    const round = s.referral.round + 1;
    for (const u of s.referral.units) if (u.state === 'sent') await stopAnswerClock(tx, s.referral._id, u, ctx.now, '已改派');
    for (const u of s.referral.units) {
      const link = await tx.get<ReferralLinkDoc>('referralLinks', `${u.unitId}|${s.referral._id}`);
      if (link?.open) await tx.update('referralLinks', `${u.unitId}|${s.referral._id}`, { open: false });
    }
    const old = s.referral.units.map((u) => (u.state === 'withdrawn' ? u : { ...u, state: 'withdrawn' as const }));
    const fresh = unitsOf(registry, units, ctx.now, round, calendar);
    const next: ReferralDoc = { ...s.referral, round, units: [...old, ...fresh], unitIds: fresh.map((u) => u.unitId), result: null };
    await dispatchUnits(tx, next, fresh, calendar, ctx.now);
    await onMatterTimeline(tx, s, 'referred', by, `已重新交办至 ${unitNames(fresh)} 办理`, ctx.actor, ctx.now);
    await tellStaffIds(tx, next, `sent:${round}`, fresh.flatMap((u) => liaisons.get(u.unitId) ?? []), '新的交办事项', `工作站交办：${next.content}（请在 3 日内确认是否受理）`, ctx.now);
    return noted(next, { at: ctx.now, kind: 'redispatched', by, summary: `${by.name} 重新交办至 ${unitNames(fresh)}`, text: input.reason }, { status });
  });
}

/**
 * `closeWithGuidance` (director, rule 七(五)): closes the referral, guiding the resident to other
 * legal routes; the guidance is their line on the ticket and, online, a message.
 * @example await closeWithGuidance(ctx, { id, guidance: '可向县人民法院提起诉讼，或申请劳动仲裁' })
 */
export async function closeWithGuidance(ctx: Ctx, input: GuidanceInput): Promise<{ referral: ReferralView }> {
  const actor = staffActor(ctx.actor);
  return step(ctx, input.id, input.requestId, 'closeWithGuidance', (s) => assertMay(actor, s.parties, 'act'), async (tx, s, status, by) => {
    await closeAll(tx, s.referral, ctx.now, '主任引导通过其他法律途径解决');
    await onMatterTimeline(tx, s, 'referralResult', by, '引导通过其他法律途径解决', ctx.actor, ctx.now, {
      text: input.guidance, tell: { title: '关于您的事项', body: input.guidance },
    });
    return noted(s.referral, { at: ctx.now, kind: 'closedWithGuidance', by, summary: `${by.name} 结束交办，引导通过其他法律途径解决`, text: input.guidance }, { status, guidance: input.guidance });
  });
}
