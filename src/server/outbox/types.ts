import type { Doc } from '../ports/store';

/** Who a notification is for: a staff member (by staff id) or a resident (by openid). */
export interface Recipient {
  openid?: string;
  staffId?: string;
}

/** A notification to write: `key` is its dedupe key and becomes the outbox (and inbox) `_id`. */
export interface Notification {
  key: string;
  recipient: Recipient;
  /** Decides the subscribe template (runtime.templates[purpose]), e.g. 'deadlineOverdue'. */
  purpose: string;
  title: string;
  body: string;
  /** Mini-program page the message opens. */
  link?: string;
  /** When the thing it is about is due; orders staff inboxes. */
  dueAt?: number;
  /** The record it is about, `<type>:<id>`. */
  subject?: string;
  /** A number the staff member is to call (「告知结果」), shown with tap-to-call in the inbox. */
  phone?: string;
}

export type OutboxState = 'pending' | 'sending' | 'sent' | 'undelivered' | 'failed';

/** The consent a message holds from its claim until it is settled. */
export interface HeldConsent {
  openid: string;
  templateId: string;
}

/** A notification waiting for, or done with, delivery. */
export interface OutboxDoc extends Doc {
  recipient: Recipient;
  /** `staff:<id>` or `openid:<openid>`, the inbox's recipient key. */
  recipientKey: string;
  purpose: string;
  title: string;
  body: string;
  link?: string;
  dueAt?: number;
  subject?: string;
  phone?: string;
  createdAt: number;
  state: OutboxState;
  /** Sends started so far. */
  attempts: number;
  /** When the dispatcher may take it next: due for 'pending', lease end for 'sending', else null. */
  nextAttemptAt: number | null;
  /** Identifies the claim that is sending it; a late settle by an older claim is ignored. */
  claim?: string;
  claimedAt?: number;
  consentHeld?: HeldConsent | null;
  sentAt?: number;
  /** Why it was not (yet) delivered, e.g. 'no-consent', 'no-template', the sender's reason. */
  reason?: string;
  settledAt?: number;
}

/**
 * The key of a recipient in the inbox: staff by staff id, residents by openid.
 * @example recipientKey({ staffId: 'staff:1' }) // 'staff:staff:1'
 * @example recipientKey({ openid: 'o1' }) // 'openid:o1'
 */
export function recipientKey(recipient: Recipient): string {
  if (recipient.staffId) return `staff:${recipient.staffId}`;
  if (recipient.openid) return `openid:${recipient.openid}`;
  throw new RangeError('a notification needs a staffId or an openid');
}
