import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import type { Filter } from '../ports/store';
import type { MyTicketRow, OneTimeNotice } from '../../shared/tickets';
import { mayActor } from '../core/matter-access';
import { openidOf, partiesOf } from './caller';
import { myRow } from './views';
import type { TicketDoc } from './types';

/** A 'createdAt' cursor of the resident's list. */
function parseCursor(after: string | undefined): number | undefined {
  if (after === undefined) return undefined;
  if (!/^\d{1,16}$/.test(after)) throw new AppError('VALIDATION', '「翻页位置」格式不对', 'after');
  return Number(after);
}

/**
 * The caller's own tickets, newest first, by the `(ownerOpenid, createdAt)` index.
 * `next` is the cursor of the following page, or null.
 *
 * @example await listMine(ctx, { limit: 20 }) // { items: [{ id, type: 'complaint', status: 'received', … }], next: null }
 */
export async function listMine(ctx: Ctx, input: { limit?: number; after?: string }): Promise<{ items: MyTicketRow[]; next: string | null }> {
  const openid = openidOf(ctx.actor);
  const limit = input.limit ?? 20;
  const before = parseCursor(input.after);
  const where: Filter = { ownerOpenid: openid };
  if (before !== undefined) where.createdAt = { $lt: before };
  const docs = await ctx.store.find<TicketDoc>('tickets', { where, orderBy: [['createdAt', 'desc']], limit: limit + 1 });
  const page = docs.slice(0, limit);
  return { items: page.filter((d) => mayActor(ctx.actor, partiesOf(d), 'see')).map(myRow), next: docs.length > limit ? String(page[page.length - 1].createdAt) : null };
}

/**
 * The one-time notices (一次性告知) on the caller's own tickets, newest first (the latest 200 tickets).
 *
 * @example await listMyNotices(ctx) // { items: [{ title: '一次性告知：申请法律援助', materials: [...], … }] }
 */
export async function listMyNotices(ctx: Ctx): Promise<{ items: OneTimeNotice[] }> {
  const openid = openidOf(ctx.actor);
  const docs = await ctx.store.find<TicketDoc>('tickets', { where: { ownerOpenid: openid }, orderBy: [['createdAt', 'desc']], limit: 200 });
  const items = docs.filter((d) => mayActor(ctx.actor, partiesOf(d), 'see')).flatMap((d) => d.notices).sort((a, b) => b.issuedAt - a.issuedAt);
  return { items };
}
