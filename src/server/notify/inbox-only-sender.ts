import type { SubscribeSender } from '../ports/sender';

/**
 * The sender of the embedded runtime: there is no WeChat, so every message stays in the in-app
 * inbox (which the outbox writes anyway) and is marked undelivered, never retried.
 *
 * @example await inboxOnlySender.send(message) // { sent: false, retryable: false, reason: 'no-wechat' }
 */
export const inboxOnlySender: SubscribeSender = {
  async send() {
    return { sent: false, retryable: false, reason: 'no-wechat' };
  },
};
