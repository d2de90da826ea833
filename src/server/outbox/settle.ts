import type { SendOutcome } from '../ports/sender';
import type { Tx } from '../ports/store';
import { retryAt } from './backoff';
import { clearConsent, returnConsent } from './consents';
import { transition } from './states';
import type { OutboxDoc } from './types';

export type Settled = 'sent' | 'retry' | 'failed' | 'undelivered' | 'stale';

/**
 * Step 3 of a delivery, in one transaction: records what the send did. Only the claim that
 * sent may settle (a later claim after a lapsed lease owns the message now → 'stale').
 * - sent → 'sent';
 * - retryable failure → back to 'pending' at the next backoff step, the consent given back;
 *   after the last step → 'failed', consent given back;
 * - non-retryable → 'undelivered' (still in the inbox); a refusal ('refused', WeChat 43101)
 *   clears the person's consents for that template, any other gives the consent back.
 *
 * @example
 * await store.transaction((tx) => settleSend(tx, id, claim, { sent: true }, now)) // 'sent'
 */
export async function settleSend(tx: Tx, id: string, claim: string, outcome: SendOutcome, now: number): Promise<Settled> {
  const msg = await tx.get<OutboxDoc>('outbox', id);
  if (!msg || msg.state !== 'sending' || msg.claim !== claim) return 'stale';
  const held = msg.consentHeld;
  if (outcome.sent) {
    await tx.update('outbox', id, { state: transition(msg.state, 'sent'), sentAt: now, settledAt: now, nextAttemptAt: null, consentHeld: null, reason: null });
    return 'sent';
  }
  if (held && outcome.reason === 'refused') await clearConsent(tx, held.openid, held.templateId, now);
  else if (held) await returnConsent(tx, held.openid, held.templateId, now);
  const next = outcome.retryable ? retryAt(msg.attempts, now) : null;
  const event = next !== null ? 'retry' : outcome.retryable ? 'giveUp' : 'rejected';
  const state = transition(msg.state, event);
  await tx.update('outbox', id, {
    state, reason: outcome.reason, nextAttemptAt: next, consentHeld: null, ...(next === null ? { settledAt: now } : {}),
  });
  return event === 'retry' ? 'retry' : event === 'giveUp' ? 'failed' : 'undelivered';
}
