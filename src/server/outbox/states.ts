import type { OutboxState } from './types';

export type OutboxEvent = 'claim' | 'noChannel' | 'sent' | 'retry' | 'giveUp' | 'rejected' | 'leaseExpired';

/**
 * Every allowed change of an outbox message's delivery state:
 *
 * | from    | event        | to          | when                                              |
 * |---------|--------------|-------------|---------------------------------------------------|
 * | pending | claim        | sending     | a template, an openid and a consent are there     |
 * | pending | noChannel    | undelivered | no template / openid / consent (inbox only)       |
 * | sending | sent         | sent        | WeChat accepted it                                |
 * | sending | retry        | pending     | retryable failure, attempts left (backoff)        |
 * | sending | giveUp       | failed      | retryable failure, no attempts left               |
 * | sending | rejected     | undelivered | non-retryable failure                             |
 * | sending | leaseExpired | sending     | claimed but never settled (a crash): sent again   |
 * | sending | noChannel    | undelivered | re-claimed, but the template or openid is gone    |
 * | sending | giveUp       | failed      | re-claimed after the last attempt's lease lapsed  |
 *
 * In every case the in-app inbox entry exists already: nothing is ever lost.
 */
export const outboxTransitions: Record<OutboxState, Partial<Record<OutboxEvent, OutboxState>>> = {
  pending: { claim: 'sending', noChannel: 'undelivered' },
  sending: { sent: 'sent', retry: 'pending', giveUp: 'failed', rejected: 'undelivered', leaseExpired: 'sending', noChannel: 'undelivered' },
  sent: {},
  undelivered: {},
  failed: {},
};

/**
 * The state after `event`, or null when the table does not allow it.
 * @example nextOutboxState('sending', 'retry') // 'pending'
 * @example nextOutboxState('sent', 'claim') // null
 */
export function nextOutboxState(from: OutboxState, event: OutboxEvent): OutboxState | null {
  return outboxTransitions[from][event] ?? null;
}

/**
 * The state after `event`; throws when the table forbids it (a bug, not an expected outcome).
 * @example transition('pending', 'claim') // 'sending'
 */
export function transition(from: OutboxState, event: OutboxEvent): OutboxState {
  const to = nextOutboxState(from, event);
  if (!to) throw new Error(`outbox: ${event} is not allowed from ${from}`);
  return to;
}
