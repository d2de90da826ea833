import type { Actor } from '../ports/identity';
import { MAX_PAGE, type Store } from '../ports/store';
import type { ClockDoc } from '../deadlines/clock-doc';
import { inboxKeysOf } from './keys';
import type { InboxDoc } from './types';
import type { InboxItem } from '../../shared/inbox';
import { withBookingState } from '../appointments/message-state';

export type { InboxItem };

/** Entries read per recipient key. */
export const INBOX_PAGE_SIZE = 200;

function toItem(doc: InboxDoc, now: number): InboxItem {
  const item: InboxItem = {
    id: doc._id, purpose: doc.purpose, title: doc.title, body: doc.body, dueAt: doc.dueAt,
    overdue: doc.dueAt !== null && doc.dueAt <= now, createdAt: doc.createdAt, read: doc.readAt !== null,
  };
  if (doc.link) item.link = doc.link;
  if (doc.subject) item.subject = doc.subject;
  if (doc.phone) item.phone = doc.phone;
  return item;
}

/**
 * Staff order: by due time, so overdue entries (the earliest due) come first, then those due
 * soonest; entries without a due time after them, newest first.
 */
export function byDueTime(a: InboxItem, b: InboxItem): number {
  if (a.dueAt !== null && b.dueAt !== null) return a.dueAt - b.dueAt || b.createdAt - a.createdAt;
  if (a.dueAt !== null) return -1;
  if (b.dueAt !== null) return 1;
  return b.createdAt - a.createdAt;
}

/** Resident order: newest first. */
export const newestFirst = (a: InboxItem, b: InboxItem): number => b.createdAt - a.createdAt;

/**
 * The caller's own inbox: staff ordered by due time with overdue first, residents newest first.
 * Read by the `(recipient, dueAt)` index, one query per recipient key.
 *
 * @example
 * await listInbox(store, actor, now) // [{ id, title: '已超期：投诉答复', overdue: true, … }, …]
 */
export async function listInbox(store: Store, actor: Actor, now: number): Promise<InboxItem[]> {
  const pages = await Promise.all(
    inboxKeysOf(actor).map((recipient) =>
      store.find<InboxDoc>('inbox', { where: { recipient }, orderBy: [['dueAt', 'asc']], limit: INBOX_PAGE_SIZE }),
    ),
  );
  const read = pages.flat().map((d) => toItem(d, now));
  const items = await withBookingState(store, read); // issue 9 §6: an old 「预约成功」 says what became of it
  const done = actor.kind === 'staff' ? await settledSubjects(store, items) : new Set<string>();
  return items.map((i) => (i.subject && done.has(i.subject) && i.dueAt !== null ? settled(i) : i)).sort(actor.kind === 'staff' ? byDueTime : newestFirst);
}

/** A to-do whose deadline is met: no due time to count down, never 「已超期」. */
function settled(item: InboxItem): InboxItem {
  return { ...item, dueAt: null, overdue: false, settled: true };
}

/**
 * Subjects of these entries whose deadline clocks have all stopped (answered, closed,
 * withdrawn): their to-dos are done (issue 9 §4 — an answered home-visit request is no longer
 * 「已超期」). One read by the clocks' `subject` index for the whole inbox; a subject without any
 * clock (a reminder of a visit) is left as it is.
 */
async function settledSubjects(store: Store, items: InboxItem[]): Promise<Set<string>> {
  const subjects = [...new Set(items.filter((i) => i.dueAt !== null && i.subject).map((i) => i.subject!))];
  if (subjects.length === 0) return new Set();
  const clocks = await store.find<ClockDoc>('clocks', { where: { subject: { $in: subjects } }, limit: MAX_PAGE });
  const live = new Set(clocks.filter((c) => c.state !== 'stopped').map((c) => c.subject));
  return new Set(clocks.filter((c) => !live.has(c.subject)).map((c) => c.subject));
}
