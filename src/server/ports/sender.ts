/**
 * Delivers a WeChat subscribe message. In CloudBase this calls the WeChat open API through
 * `@cloudbase/node-sdk`; on the embedded runtime there is no WeChat, and the in-app inbox is the
 * only channel. Failures are results, not throws, so the outbox can retry with backoff.
 */
export interface SubscribeMessage {
  touser: string;
  templateId: string;
  page?: string;
  data: Record<string, { value: string }>;
}

export type SendOutcome =
  | { sent: true }
  | { sent: false; retryable: boolean; reason: string };

export interface SubscribeSender {
  send(message: SubscribeMessage): Promise<SendOutcome>;
}
