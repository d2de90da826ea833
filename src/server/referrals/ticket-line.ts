import type { Tx } from '../ports/store';
import type { Actor } from '../ports/identity';
import type { StaffRef, TimelineEvent } from '../../shared/tickets';
import { newEvent, saveWithEvent } from '../tickets/timeline';
import { tellResident } from '../tickets/notify';
import type { TicketDoc } from '../tickets/types';
import { withStep } from '../legal-aid/steps';
import { tellApplicant } from '../legal-aid/notify';
import type { ReferralMatter } from './parties';

/** Purposes of referral notifications (keys of runtime.templates). */
export const REFERRAL_PURPOSES = { sent: 'referralSent', answered: 'referralAnswered', result: 'referralResult' } as const;

/**
 * Puts a referral's step on its ticket's timeline (and so in the ticket's audit trail), without
 * changing the ticket's status. `referred` and `referralResult` are shown to the resident (to whom
 * it went; what the station tells them), `referralUpdate` is for staff only (answers, reasons,
 * progress). With `tell`, the resident who submitted online is also sent the line.
 *
 * @example await onTicketTimeline(tx, ticket, 'referred', by, '已交办至 县法律援助中心（牵头）', actor, now)
 */
export async function onTicketTimeline(
  tx: Tx, ticket: TicketDoc | null, kind: 'referred' | 'referralUpdate' | 'referralResult', by: StaffRef, summary: string, actor: Actor, now: number,
  opts: { text?: string; tell?: { title: string; body: string } } = {},
): Promise<TimelineEvent | null> {
  if (!ticket) return null;
  const event = newEvent(now, kind, by, summary, { text: opts.text });
  const saved = await saveWithEvent(tx, ticket, ticket, event, actor, now);
  if (opts.tell) await tellResident(tx, saved, event.id, { purpose: REFERRAL_PURPOSES.result, ...opts.tell }, now);
  return event;
}

/**
 * Puts a referral's step on its matter: the ticket's timeline (see {@link onTicketTimeline}), or
 * (issue 13) the legal-aid application's steps — `referred` and `referralResult` are the
 * applicant's to read (to whom it went; what the station tells them), `referralUpdate` stays with
 * staff (answers, reasons, progress). With `tell`, the applicant who applied online is sent the line.
 *
 * @example await onMatterTimeline(tx, { ticket: null, application }, 'referred', by, '已交办至 县法律援助中心 办理', actor, now)
 */
export async function onMatterTimeline(
  tx: Tx, matter: ReferralMatter, kind: 'referred' | 'referralUpdate' | 'referralResult', by: StaffRef, summary: string, actor: Actor, now: number,
  opts: { text?: string; tell?: { title: string; body: string } } = {},
): Promise<void> {
  if (matter.ticket) {
    await onTicketTimeline(tx, matter.ticket, kind, by, summary, actor, now, opts);
    return;
  }
  const app = matter.application;
  if (!app) return;
  const saved = { ...withStep(app, kind, now, by.name, opts.text ? `${summary}：${opts.text}` : summary), updatedAt: now };
  await tx.put('legalAidApplications', saved);
  if (opts.tell) await tellApplicant(tx, saved, `referral:${saved.steps.length}`, { purpose: REFERRAL_PURPOSES.result, ...opts.tell }, now);
}
