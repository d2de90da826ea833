import type { Tx } from '../ports/store';
import { ensureInboxEntry } from '../inbox/write';
import { createOnce } from './create-once';
import { recipientKey, type Notification, type OutboxDoc } from './types';

/**
 * Writes a notification inside the caller's transaction, so it commits with the change it is
 * about: the outbox message (for WeChat delivery by the dispatcher) and, at once, the
 * recipient's in-app inbox entry. `key` is the dedupe key and both documents' `_id`: enqueueing
 * the same key again writes nothing and answers 'duplicate'.
 *
 * @example
 * await store.transaction((tx) => enqueue(tx, {
 *   key: 'complaint:c1:accepted:openid:o1', recipient: { openid: 'o1' }, purpose: 'complaintAccepted',
 *   title: '投诉已受理', body: '我们会在 5 个工作日内答复您。',
 * }, now)); // 'queued'
 */
export async function enqueue(tx: Tx, n: Notification, now: number): Promise<'queued' | 'duplicate'> {
  const msg: OutboxDoc = {
    _id: n.key,
    recipient: { ...n.recipient },
    recipientKey: recipientKey(n.recipient),
    purpose: n.purpose,
    title: n.title,
    body: n.body,
    createdAt: now,
    state: 'pending',
    attempts: 0,
    nextAttemptAt: now,
  };
  if (n.link) msg.link = n.link;
  if (n.dueAt !== undefined) msg.dueAt = n.dueAt;
  if (n.subject) msg.subject = n.subject;
  if (n.phone) msg.phone = n.phone;
  if (!(await createOnce(tx, 'outbox', msg))) return 'duplicate';
  await ensureInboxEntry(tx, msg);
  return 'queued';
}
