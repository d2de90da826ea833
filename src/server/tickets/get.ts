import { randomUUID } from 'node:crypto';
import type { Ctx } from '../core/define';
import type { Tx } from '../ports/store';
import type { TicketStaffView, TicketView } from '../../shared/tickets';
import { assertMay, mayActor } from '../core/matter-access';
import { partiesOf, type StaffActor } from './caller';
import { ticketSubject } from './ids';
import { notFound } from './load';
import { loadStaffView } from './staff-view';
import { residentView } from './views';
import type { AccessLogDoc, TicketDoc } from './types';

/**
 * Logs one staff read of personal data (rule 九(八) 查阅登记) inside the caller's transaction.
 * @example await logAccess(tx, actor, 'ticket:tk_1', ['contact.name', 'contact.phone'], 'tickets.get', now)
 */
export async function logAccess(tx: Tx, actor: StaffActor, subject: string, fields: string[], via: string, now: number): Promise<void> {
  const entry: AccessLogDoc = { _id: `access:${randomUUID()}`, subject, at: now, staffId: actor.staffId, name: actor.name, fields, via };
  await tx.create('accessLog', entry);
}

/**
 * One ticket, as the one access rule allows: a resident sees only their own (another's id is
 * NOT_FOUND, like a missing one); staff see the station's, the contact whole or masked; the
 * person a complaint is about is refused it (FORBIDDEN). A staff read that shows a
 * complainant's name or phone is written to the access log in the same transaction.
 *
 * @example await getTicket(ctx, { id: 'tk_…' }) // { view: 'resident', … } or { view: 'staff', … }
 */
export async function getTicket(ctx: Ctx, input: { id: string }): Promise<TicketView | TicketStaffView> {
  const actor = ctx.actor;
  if (actor.kind !== 'staff') {
    const t = await ctx.store.get<TicketDoc>('tickets', input.id);
    if (!t) throw notFound();
    assertMay(actor, partiesOf(t), 'see');
    return residentView(t);
  }
  return ctx.store.transaction(async (tx) => {
    const t = await tx.get<TicketDoc>('tickets', input.id);
    if (!t) throw notFound();
    assertMay(actor, partiesOf(t), 'see');
    const personal = (['name', 'phone'] as const).filter((f) => t.contact[f]).map((f) => `contact.${f}`);
    if (t.type === 'complaint' && personal.length > 0 && mayActor(actor, partiesOf(t), 'seeContact')) {
      await logAccess(tx, actor, ticketSubject(t._id), personal, 'tickets.get', ctx.now);
    }
    return loadStaffView(tx, t, actor, ctx.now);
  });
}
