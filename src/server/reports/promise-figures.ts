import type { Filter, Store } from '../ports/store';
import type { PeriodRange } from '../../domain/reports/period';
import { shareOf } from '../../domain/reports/due';
import type { MonthlyFigures } from '../../shared/reports';

/**
 * Kept promises of a period, counted exactly on the stored deadline clocks (issue 14, rule
 * 十一(二)): every figure is one store `count` answered from a `clocks` index alone (collections.ts), with
 * the outcome the engine writes when a clock stops (`onTime`, `stopReason`) or runs out
 * (`overdueAt`). Nothing is loaded. The clocks are the referrals' and legal aid's own:
 * - 分流交办 (rule 七(三)3): each unit's 3-day answer window is a clock
 *   'referral.answer.<round>.<unitId>' (selected by the purpose prefix, a string range), stopped
 *   「已受理」 or 「不予受理」; the referral's own time limit is 'referral.due', stopped
 *   「主任引导通过其他法律途径解决」 when the director closes it with guidance;
 * - 绿色通道「五个当天」: a green-channel application's four same-day clocks carry the tag
 *   'greenChannel'; its 'legalAid.firstAid' clock — the last of the five steps, all due at the
 *   same instant — stopped 「已联系受援人」 by its due time means the whole promise was kept.
 */

/** The words the referral and legal-aid code stop their clocks with (kept in step by the tests that run those flows). */
export const STOP_REASONS = {
  accepted: '已受理',
  declined: '不予受理',
  guidance: '主任引导通过其他法律途径解决',
  firstAid: '已联系受援人',
} as const;

/** Purposes of a unit's answer window: 'referral.answer.' up to (not including) 'referral.answer/'. */
export const ANSWER_PURPOSES = { $gte: 'referral.answer.', $lt: 'referral.answer/' } as const;
export const REFERRAL_DUE = 'referral.due';
export const FIRST_AID = 'legalAid.firstAid';

const started = (r: PeriodRange) => ({ startedAt: { $gte: r.startMs, $lt: r.endMs } });
const late = { $gt: 0 } as const;

/**
 * Referrals of the period (their answer windows opened in it): accepted within 3 days, accepted
 * late, declined, still unanswered after the window; and the failed ones (rule 七: declined,
 * overdue, closed with guidance).
 *
 * @example (await referralFigures(store, monthRange('2026-11'))).referrals.rate // 66.7
 */
export async function referralFigures(store: Store, range: PeriodRange): Promise<Pick<MonthlyFigures, 'referrals' | 'failedReferrals'>> {
  const c = (where: Filter) => store.count('clocks', { ...where, ...started(range) });
  const [referred, acceptedOnTime, acceptedLate, declined, unansweredLate, dueRunOut, guidance] = await Promise.all([
    c({ purpose: ANSWER_PURPOSES }),
    c({ purpose: ANSWER_PURPOSES, stopReason: STOP_REASONS.accepted, onTime: true }),
    c({ purpose: ANSWER_PURPOSES, stopReason: STOP_REASONS.accepted, onTime: false }),
    c({ purpose: ANSWER_PURPOSES, stopReason: STOP_REASONS.declined }),
    c({ purpose: ANSWER_PURPOSES, state: 'running', overdueAt: late }),
    c({ purpose: REFERRAL_DUE, overdueAt: late }),
    c({ purpose: REFERRAL_DUE, stopReason: STOP_REASONS.guidance }),
  ]);
  const settled = acceptedOnTime + acceptedLate + declined + unansweredLate;
  return {
    referrals: { referred, acceptedOnTime, acceptedLate, declined, unansweredLate, rate: shareOf(acceptedOnTime, settled) },
    failedReferrals: { declined, overdue: dueRunOut, closedWithGuidance: guidance, total: declined + dueRunOut + guidance },
  };
}

/**
 * The green channel of the period (applications received in it): applied, all five steps done
 * the same working day, not done by then (stopped late, or still open past the day).
 *
 * @example (await greenChannelFigures(store, monthRange('2026-11'))).greenChannel // { applied: 3, sameDay: 2, late: 1, rate: 66.7 }
 */
export async function greenChannelFigures(store: Store, range: PeriodRange): Promise<Pick<MonthlyFigures, 'greenChannel'>> {
  const c = (where: Filter) => store.count('clocks', { purpose: FIRST_AID, tag: 'greenChannel', ...where, ...started(range) });
  const [applied, sameDay, stoppedLate, openLate] = await Promise.all([
    store.count('legalAidApplications', { greenChannel: true, receivedAt: { $gte: range.startMs, $lt: range.endMs } }),
    c({ stopReason: STOP_REASONS.firstAid, onTime: true }),
    c({ stopReason: STOP_REASONS.firstAid, onTime: false }),
    c({ state: 'running', overdueAt: late }),
  ]);
  const lateCount = stoppedLate + openLate;
  return { greenChannel: { applied, sameDay, late: lateCount, rate: shareOf(sameDay, sameDay + lateCount) } };
}
