import type { Tx } from '../ports/store';
import { createOnce } from '../outbox/create-once';
import type { OutboxDoc } from '../outbox/types';
import type { InboxDoc } from './types';

/**
 * The inbox entry of an outbox message: same id, so writing it twice leaves one entry.
 *
 * @example inboxEntryOf(outboxDoc).recipient // 'staff:staff:1'
 */
export function inboxEntryOf(msg: OutboxDoc): InboxDoc {
  const entry: InboxDoc = {
    _id: msg._id,
    recipient: msg.recipientKey,
    purpose: msg.purpose,
    title: msg.title,
    body: msg.body,
    dueAt: msg.dueAt ?? null,
    createdAt: msg.createdAt,
    readAt: null,
  };
  if (msg.link) entry.link = msg.link;
  if (msg.subject) entry.subject = msg.subject;
  if (msg.phone) entry.phone = msg.phone;
  return entry;
}

/**
 * Puts the message in the recipient's in-app inbox unless it is there already.
 * @example await ensureInboxEntry(tx, outboxDoc) // true the first time
 */
export function ensureInboxEntry(tx: Tx, msg: OutboxDoc): Promise<boolean> {
  return createOnce(tx, 'inbox', inboxEntryOf(msg));
}
