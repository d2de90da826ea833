import type { Tx } from '../ports/store';
import type { Calendar } from '../../domain/calendar';
import { ANSWER_RULE, answerDueAt } from '../../domain/referrals/window';
import { startClock, stopClock } from '../deadlines';
import { clockId, type ClockDoc } from '../deadlines/clock-doc';
import { referralLink } from '../../shared/referrals';
import type { ReferralDoc, ReferralLinkDoc, ReferralUnit, UnitDoc } from './types';

/** The clock purpose of a unit's answer in a dispatch round. @example answerPurpose('unit:court', 1) // 'referral.answer.1.unit:court' */
export function answerPurpose(unitId: string, round: number): string {
  return `referral.answer.${round}.${unitId}`;
}

/** The clock purpose of the referral's own deadline (时限). */
export const DUE_PURPOSE = 'referral.due';

/**
 * The units of a dispatch round as stored on the referral: received now, each with its 3-day
 * answer window (rule 七(三)3) on the station's calendar.
 * @example unitsOf([court], [{ unitId: 'unit:court', lead: true }], now, 1, calendar)[0].acceptBy
 */
export function unitsOf(units: UnitDoc[], chosen: { unitId: string; lead: boolean }[], now: number, round: number, calendar: Calendar): ReferralUnit[] {
  const acceptBy = answerDueAt(now, calendar);
  return chosen.map((c) => {
    const u = units.find((x) => x._id === c.unitId)!;
    return { unitId: u._id, name: u.name, kind: u.kind, phone: u.phone, lead: c.lead, state: 'sent', receivedAt: now, acceptBy, round, answer: null };
  });
}

/**
 * Starts each new unit's answer clock (the scheduler warns the referrer and escalates to the
 * director when it runs out) and writes the liaisons' way in, in the caller's transaction.
 */
export async function dispatchUnits(tx: Tx, referral: ReferralDoc, units: ReferralUnit[], calendar: Calendar, now: number): Promise<void> {
  for (const u of units) {
    await startClock(tx, {
      subject: { type: 'referral', id: referral._id },
      purpose: answerPurpose(u.unitId, u.round),
      title: `交办受理答复（${u.name}）`,
      link: referralLink(referral._id),
      rule: ANSWER_RULE,
      startedAt: now,
      responsibleStaffId: referral.createdBy.staffId,
    }, calendar);
    const link: ReferralLinkDoc = { _id: `${u.unitId}|${referral._id}`, unitId: u.unitId, referralId: referral._id, open: true, createdAt: referral.createdAt };
    await tx.put('referralLinks', link);
  }
}

/** Stops a unit's answer clock (it answered, or was withdrawn). */
export async function stopAnswerClock(tx: Tx, referralId: string, u: ReferralUnit, now: number, reason: string): Promise<void> {
  const id = clockId({ type: 'referral', id: referralId }, answerPurpose(u.unitId, u.round));
  const clock = await tx.get<ClockDoc>('clocks', id);
  if (clock && clock.state !== 'stopped') await stopClock(tx, id, now, reason);
}

/** Closes every clock and way in of a closed referral. */
export async function closeAll(tx: Tx, referral: ReferralDoc, now: number, reason: string): Promise<void> {
  for (const u of referral.units) {
    if (u.state === 'sent') await stopAnswerClock(tx, referral._id, u, now, reason);
    const link = await tx.get<ReferralLinkDoc>('referralLinks', `${u.unitId}|${referral._id}`);
    if (link?.open) await tx.update('referralLinks', link._id, { open: false });
  }
  const due = clockId({ type: 'referral', id: referral._id }, DUE_PURPOSE);
  const clock = await tx.get<ClockDoc>('clocks', due);
  if (clock && clock.state !== 'stopped') await stopClock(tx, due, now, reason);
}
