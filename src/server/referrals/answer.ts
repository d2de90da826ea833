import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import type { Actor } from '../ports/identity';
import { assertMay } from '../core/matter-access';
import { isStationStaff } from '../core/access';
import { declineProblem } from '../../domain/referrals/rules';
import { nextReferralStatus, nextUnitState } from '../../domain/referrals/status';
import type { ReferralNote, ReferralView, StaffRefLite } from '../../shared/referrals';
import { appendAudit, auditEvent } from '../content/audit';
import { loadReferral } from './parties';
import { stopAnswerClock } from './dispatch';
import { onMatterTimeline } from './ticket-line';
import { directorIds, tellStaffIds } from './notify';
import { referralView } from './views';
import type { ReferralDoc, ReferralUnit } from './types';
import type { AnswerInput } from './schemas';

type StaffActor = Extract<Actor, { kind: 'staff' }>;

/** The units of `actor` a referral reaches: empty for station staff (they act for any unit). */
export function myUnitsOn(actor: Actor, r: Pick<ReferralDoc, 'unitIds'>): string[] {
  if (actor.kind !== 'staff' || isStationStaff(actor)) return [];
  return (actor.unitIds ?? []).filter((u) => r.unitIds.includes(u));
}

/**
 * The unit entry the caller speaks for: a liaison only for their own unit on the referral
 * (another unit's id answers NOT_FOUND), station staff for any unit, marked on behalf.
 */
export function speakerFor(actor: StaffActor, r: ReferralDoc, unitId: string): { unit: ReferralUnit; onBehalf: boolean } {
  const unit = r.units.find((u) => u.unitId === unitId && u.state !== 'withdrawn');
  const station = isStationStaff(actor);
  if (!unit || (!station && !(actor.unitIds ?? []).includes(unitId))) throw new AppError('NOT_FOUND', '没有找到这个承办单位，请刷新后再试', 'unitId');
  return { unit, onBehalf: station };
}

export function staffActor(actor: Actor): StaffActor {
  if (actor.kind !== 'staff') throw new AppError('FORBIDDEN', '您没有权限进行这项操作');
  return actor;
}

/**
 * `answer`: a unit accepts or declines within its 3-day window (rule 七(三)3), by its liaison in
 * the mini-program or by station staff for it (from the phone or the paper notice, marked
 * `onBehalf`). A decline needs a written reason (VALIDATION otherwise, nothing written); it is
 * sent to the station (the referrer and the directors) and shown on the matter. The lead unit's
 * answer moves the referral (accepted / declined). The unit's answer clock stops. A second answer
 * of the same unit is CONFLICT; the same request again answers as the first time.
 *
 * @example await answerReferral(ctx, { id, unitId: 'unit:court', accept: false, reason: '不属于本院管辖' })
 */
export async function answerReferral(ctx: Ctx, input: AnswerInput): Promise<{ referral: ReferralView }> {
  const actor = staffActor(ctx.actor);
  const problem = declineProblem(input.accept, input.reason);
  if (problem) throw new AppError('VALIDATION', problem.message, problem.field);
  const directors = await directorIds(ctx.store);
  return ctx.store.transaction(async (tx) => {
    const { referral, ticket, application, parties } = await loadReferral(tx, input.id);
    assertMay(actor, parties, 'answerReferral');
    const mine = myUnitsOn(actor, referral);
    if (input.requestId && referral.handledRequests[input.requestId]) return { referral: referralView(referral, mine) };
    const { unit, onBehalf } = speakerFor(actor, referral, input.unitId);
    const state = nextUnitState(unit.state, input.accept ? 'accept' : 'decline');
    if (!state) throw new AppError('CONFLICT', `${unit.name} 已经答复过了（${unit.answer?.accept ? '已受理' : '不予受理'}）`);
    const by: StaffRefLite = { staffId: actor.staffId, name: actor.name };
    const reason = input.accept ? undefined : input.reason!.trim();
    const answer = { accept: input.accept, ...(reason ? { reason } : {}), at: ctx.now, by, onBehalf };
    const units = referral.units.map((u) => (u === unit ? { ...u, state, answer } : u));
    const leadEvent = unit.lead ? (input.accept ? 'leadAccept' : 'leadDecline') : null;
    const status = (leadEvent && nextReferralStatus(referral.status, leadEvent)) || referral.status;
    const words = `${unit.name}${input.accept ? ' 确认受理' : ` 不予受理：${reason}`}${onBehalf ? `（${by.name} 代为登记）` : ''}`;
    const note: ReferralNote = { at: ctx.now, kind: 'answered', by, summary: words, ...(reason ? { text: reason } : {}), ...(onBehalf ? { onBehalf } : {}) };
    const saved: ReferralDoc = {
      ...referral, units, status, notes: [...referral.notes, note], updatedAt: ctx.now,
      handledRequests: input.requestId ? { ...referral.handledRequests, [input.requestId]: true } : referral.handledRequests,
    };
    await tx.put('referrals', saved);
    await stopAnswerClock(tx, referral._id, unit, ctx.now, input.accept ? '已受理' : '不予受理');
    await appendAudit(tx, auditEvent({
      at: ctx.now, actor, subject: `referral:${referral._id}`, action: input.accept ? 'referral.accept' : 'referral.decline',
      from: { status: referral.status, unit: unit.state }, to: { status, unit: state, unitId: unit.unitId, onBehalf }, why: reason,
    }));
    await onMatterTimeline(tx, { ticket, application }, 'referralUpdate', by, words, actor, ctx.now, { text: reason });
    if (!input.accept) {
      await tellStaffIds(tx, saved, `decline:${unit.unitId}:${unit.round}`, [referral.createdBy.staffId, ...directors], `${unit.name} 不予受理`, `${words}。请主任重新交办或引导当事人通过其他法律途径解决。`, ctx.now);
    }
    return { referral: referralView(saved, mine) };
  });
}
