import type { SubscribeMessage } from '../ports/sender';
import type { Tx } from '../ports/store';
import { ensureInboxEntry } from '../inbox/write';
import { toSubscribeMessage } from '../notify/message';
import { MAX_ATTEMPTS, SENDING_LEASE_MS } from './backoff';
import { takeConsent } from './consents';
import { transition } from './states';
import type { HeldConsent, OutboxDoc } from './types';

export type ClaimResult =
  | { kind: 'skip' }
  | { kind: 'undelivered' | 'failed'; reason: string }
  | { kind: 'send'; claim: string; message: SubscribeMessage };

/** Whether the dispatcher may take this message at `now`: pending and due, or a lapsed claim. */
export function isClaimable(msg: OutboxDoc, now: number): boolean {
  return (msg.state === 'pending' || msg.state === 'sending') && msg.nextAttemptAt !== null && msg.nextAttemptAt <= now;
}

/** The openid a message goes to: the resident's, or the staff member's from the staff table. */
async function openidOf(tx: Tx, msg: OutboxDoc): Promise<string | undefined> {
  if (msg.recipient.openid) return msg.recipient.openid;
  if (!msg.recipient.staffId) return undefined;
  const staff = await tx.get<{ _id: string; openid?: string }>('staff', msg.recipient.staffId);
  return staff?.openid || undefined;
}

/**
 * Step 1 of a delivery, in one transaction: makes sure the inbox entry exists, decides the
 * channel, and either marks the message undelivered (no template configured, no openid, no
 * consent left — it stays in the inbox) or claims it: state 'sending', one consent taken (kept
 * across a re-claim after a crash), a lease until `now + SENDING_LEASE_MS`. A lapsed claim that
 * has used every attempt is marked 'failed' instead of being sent again forever.
 *
 * @example
 * const r = await store.transaction((tx) => claimForSend(tx, id, templates, now));
 * if (r.kind === 'send') await sender.send(r.message);
 */
export async function claimForSend(tx: Tx, id: string, templates: Record<string, string>, now: number): Promise<ClaimResult> {
  const msg = await tx.get<OutboxDoc>('outbox', id);
  if (!msg || !isClaimable(msg, now)) return { kind: 'skip' };
  await ensureInboxEntry(tx, msg);
  if (msg.state === 'sending' && msg.attempts >= MAX_ATTEMPTS) {
    await tx.update('outbox', id, { state: transition(msg.state, 'giveUp'), reason: 'lease-expired', nextAttemptAt: null, settledAt: now });
    return { kind: 'failed', reason: 'lease-expired' };
  }
  const channel = await channelOf(tx, msg, templates, now);
  if (typeof channel === 'string') {
    await tx.update('outbox', id, { state: transition(msg.state, 'noChannel'), reason: channel, nextAttemptAt: null, settledAt: now });
    return { kind: 'undelivered', reason: channel };
  }
  const attempts = msg.attempts + 1;
  const claim = `${now}:${attempts}`;
  const state = transition(msg.state, msg.state === 'sending' ? 'leaseExpired' : 'claim');
  await tx.update('outbox', id, { state, attempts, claim, claimedAt: now, consentHeld: channel, nextAttemptAt: now + SENDING_LEASE_MS });
  return { kind: 'send', claim, message: toSubscribeMessage(msg, channel.templateId, channel.openid) };
}

/**
 * Where the message can go: the consent it already holds (a re-claim after a crash), or a
 * configured template, an openid and a fresh consent — else why not.
 */
async function channelOf(tx: Tx, msg: OutboxDoc, templates: Record<string, string>, now: number): Promise<HeldConsent | string> {
  if (msg.consentHeld) return msg.consentHeld;
  const templateId = templates[msg.purpose];
  if (!templateId) return 'no-template';
  const openid = await openidOf(tx, msg);
  if (!openid) return 'no-openid';
  return (await takeConsent(tx, openid, templateId, now)) ? { openid, templateId } : 'no-consent';
}
