import type { Store, Tx } from '../ports/store';
import { MAX_PAGE } from '../ports/store';
import { enqueue } from '../outbox/enqueue';
import { recipientKey, type Recipient } from '../outbox/types';
import { referralLink } from '../../shared/referrals';
import { staffWithRole } from '../scheduler/staff-with-role';
import type { ReferralDoc } from './types';

/** Purposes of referral notifications to staff and liaisons (keys of runtime.templates). */
export const REFERRAL_STAFF_PURPOSE = 'referralUpdate';

/** Liaison accounts by unit: staff docs with role unitLiaison and `unitIds` (issue 12 invitations). */
export async function liaisonsByUnit(store: Store): Promise<Map<string, string[]>> {
  const staff = await store.find<{ _id: string; roles?: string[]; unitIds?: string[] }>('staff', { where: { active: true }, limit: MAX_PAGE });
  const out = new Map<string, string[]>();
  for (const s of staff) {
    if (!s.roles?.includes('unitLiaison')) continue;
    for (const u of s.unitIds ?? []) out.set(u, [...(out.get(u) ?? []), s._id]);
  }
  return out;
}

/** Every director's staff id: with the referral's maker, the station a unit's answer goes to (rule 七(三)3 书面告知). */
export async function directorIds(store: Store): Promise<string[]> {
  return (await staffWithRole(store, 'director')).map((s) => s._id);
}

/**
 * Writes one message per staff id about a step of the referral, once: the key carries the
 * step, so a retried transaction or a repeated request sends nothing twice.
 * @example await tellStaffIds(tx, referral, 'answer:unit:court:1', ['staff:1'], '对方不予受理', '…', now)
 */
export async function tellStaffIds(tx: Tx, referral: Pick<ReferralDoc, '_id'>, step: string, staffIds: string[], title: string, body: string, now: number): Promise<void> {
  for (const staffId of [...new Set(staffIds)]) {
    const recipient: Recipient = { staffId };
    await enqueue(tx, {
      key: `referral:${referral._id}:${step}:${recipientKey(recipient)}`,
      recipient, purpose: REFERRAL_STAFF_PURPOSE, title, body, link: referralLink(referral._id), subject: `referral:${referral._id}`,
    }, now);
  }
}
