import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import type { Filter, Store } from '../ports/store';
import type { InboxRow } from '../../shared/tickets';
import { mayActor } from '../core/matter-access';
import { asStaff, partiesOf, type StaffActor } from './caller';
import { inboxRow } from './views';
import type { TicketDoc } from './types';

import type { InboxQuery } from './schemas';

export type { InboxQuery };

/**
 * The store query of the staff inbox: open tickets (or one status), optionally one type, by
 * `queueKey` — due time first, so overdue ones lead — answered by the matching index
 * (`open|status`, [`type`], `queueKey`). `after` is the last row's key.
 *
 * @example inboxFilter({ type: 'complaint' }) // { open: true, type: 'complaint' }
 */
export function inboxFilter(q: InboxQuery): Filter {
  const where: Filter = q.status ? { status: q.status } : { open: true };
  if (q.type) where.type = q.type;
  if (q.after !== undefined) {
    if (!/^\d{16}\|tk_[0-9a-f]{24}$/.test(q.after)) throw new AppError('VALIDATION', '「翻页位置」格式不对', 'after');
    where.queueKey = { $gt: q.after };
  }
  return where;
}

/** Store pages read at most for one inbox page (tickets the caller may not see are skipped). */
const MAX_INBOX_READS = 5;

/**
 * One page of the inbox as rows for `actor`: only tickets the one access rule lets them see (a
 * complaint never reaches the person it is about), phones masked, complainants' names masked for
 * those who do not handle them; with the cursor of the next page.
 *
 * @example await queryInbox(store, actor, {}, now) // { items: [{ overdue: true, … }, …], next: '0001764…|tk_…' }
 */
export async function queryInbox(store: Store, actor: StaffActor, q: InboxQuery, now: number): Promise<{ items: InboxRow[]; next: string | null }> {
  const limit = q.limit ?? 30;
  const items: InboxRow[] = [];
  let after = q.after;
  for (let read = 0; read < MAX_INBOX_READS; read++) {
    const docs = await store.find<TicketDoc>('tickets', { where: inboxFilter({ ...q, after }), orderBy: [['queueKey', 'asc']], limit: limit + 1 });
    for (const d of docs) {
      if (items.length === limit) return { items, next: after ?? null };
      after = d.queueKey;
      if (mayActor(actor, partiesOf(d), 'see')) items.push(inboxRow(d, actor, now));
    }
    if (docs.length <= limit) return { items, next: null };
  }
  return { items, next: after ?? null };
}

/**
 * The staff inbox (`tickets.inbox`): the station's open tickets by due time, overdue first.
 * @example await listInboxTickets(ctx, { type: 'complaint' })
 */
export async function listInboxTickets(ctx: Ctx, q: InboxQuery): Promise<{ items: InboxRow[]; next: string | null; serverNow: number }> {
  return { ...(await queryInbox(ctx.store, asStaff(ctx.actor), q, ctx.now)), serverNow: ctx.now };
}
