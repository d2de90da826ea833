import type { SendOutcome, SubscribeSender } from '../ports/sender';
import type { Store } from '../ports/store';
import { claimForSend } from './claim';
import { settleSend } from './settle';
import type { OutboxDoc } from './types';

export interface DispatchDeps {
  store: Store;
  sender: SubscribeSender;
  templates: Record<string, string>;
}

export interface DispatchSummary {
  sent: number;
  retry: number;
  failed: number;
  undelivered: number;
  /** Taken by another dispatcher, or settled by a later claim. */
  skipped: number;
  /** Messages whose transaction failed (left as they were, tried on a later pass). */
  errors: number;
}

/** Messages taken per pass, so one timer call stays well inside the function's time limit. */
export const DISPATCH_LIMIT = 200;

/** Messages due now: pending ones whose time has come, and claims whose lease has lapsed. */
async function dueMessages(store: Store, now: number, limit: number): Promise<string[]> {
  const query = (state: string) =>
    store.find<OutboxDoc>('outbox', {
      where: { state, nextAttemptAt: { $lte: now } },
      orderBy: [['nextAttemptAt', 'asc']],
      limit,
    });
  const [pending, lapsed] = await Promise.all([query('pending'), query('sending')]);
  return [...lapsed, ...pending].slice(0, limit).map((m) => m._id);
}

/** Calls the sender; a throw counts as a retryable failure. */
async function sendSafely(sender: SubscribeSender, message: Parameters<SubscribeSender['send']>[0]): Promise<SendOutcome> {
  try {
    return await sender.send(message);
  } catch (err) {
    return { sent: false, retryable: true, reason: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * Delivers what the outbox holds: for each due message, (1) claim it in a transaction (inbox
 * entry, channel, consent), (2) send the WeChat subscribe message outside any transaction,
 * (3) settle it in another transaction.
 *
 * At-least-once: if the process dies between (2) and (3), the claim's lease lapses and a later
 * pass sends again, so a person may (rarely) get the same subscribe message twice — never zero
 * times. Sending at-most-once would instead lose messages on a crash. The in-app inbox entry is
 * keyed by the message id and appears exactly once either way.
 *
 * @example
 * await dispatchOutbox({ store, sender, templates }, now) // { sent: 3, retry: 0, … }
 */
export async function dispatchOutbox(deps: DispatchDeps, now: number, limit = DISPATCH_LIMIT): Promise<DispatchSummary> {
  const summary: DispatchSummary = { sent: 0, retry: 0, failed: 0, undelivered: 0, skipped: 0, errors: 0 };
  for (const id of await dueMessages(deps.store, now, limit)) {
    try {
      const claimed = await deps.store.transaction((tx) => claimForSend(tx, id, deps.templates, now));
      if (claimed.kind === 'skip') summary.skipped++;
      else if (claimed.kind !== 'send') summary[claimed.kind]++;
      else {
        const outcome = await sendSafely(deps.sender, claimed.message);
        const settled = await deps.store.transaction((tx) => settleSend(tx, id, claimed.claim, outcome, now));
        summary[settled === 'stale' ? 'skipped' : settled]++;
      }
    } catch (err) {
      summary.errors++;
      console.error('[outbox] dispatch failed', id, err);
    }
  }
  return summary;
}
