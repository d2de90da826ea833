import type { Ctx } from '../core/define';
import { mayActor } from '../core/matter-access';
import { partiesOf } from '../tickets/caller';
import { partiesOfAppointment } from '../appointments/parties';
import { partiesOfItem } from '../ratings/parties';
import { TICKET_TYPES, ticketLink } from '../../shared/tickets';
import { callbackLink } from '../../shared/ratings';
import type { OpenMatter } from '../../shared/people';
import type { TicketDoc } from '../tickets/types';
import type { AppointmentDoc } from '../appointments/docs';
import type { CallbackTaskDoc } from '../ratings/docs';


const excerpt = (s: string) => (s.length > 24 ? `${s.slice(0, 24)}…` : s);

/**
 * Matters still assigned to a person — open tickets they are the assignee of, home visits they
 * confirmed to go on, open callbacks of their matters — each only if the caller may see it under
 * the one access rule (a director complained about in one never sees it here either).
 * Open tickets are read by the `(open, queueKey)` index; the station has a few hundred at most.
 * @example await openMattersOf(ctx, 'staff:demo-staff') // [{ type: 'ticket', id: 'tk_1', title: '投诉：…', link }]
 */
export async function openMattersOf(ctx: Ctx, staffId: string): Promise<OpenMatter[]> {
  const [tickets, visits, callbacks] = await Promise.all([
    ctx.store.find<TicketDoc>('tickets', { where: { open: true, 'assignee.staffId': staffId }, orderBy: [['queueKey', 'asc']], limit: 1000 }),
    ctx.store.find<AppointmentDoc>('appointments', { where: { kind: 'homeVisit', status: 'confirmed' }, orderBy: [['createdAt', 'asc']], limit: 1000 }),
    ctx.store.find<CallbackTaskDoc>('callbackTasks', { where: { status: 'open' }, orderBy: [['dueAt', 'asc']], limit: 1000 }),
  ]);
  const out: OpenMatter[] = [];
  for (const t of tickets) {
    if (!mayActor(ctx.actor, partiesOf(t), 'see')) continue;
    out.push({ type: 'ticket', id: t._id, title: `${TICKET_TYPES[t.type]}：${excerpt(t.content)}`, dueAt: t.dueAt, link: ticketLink(t._id, 'staff') });
  }
  for (const v of visits) {
    if (v.staffId !== staffId || !mayActor(ctx.actor, partiesOfAppointment(v), 'see')) continue;
    out.push({ type: 'homeVisit', id: v._id, title: `上门服务：${v.date ?? ''} ${v.start ?? ''}`.trim(), dueAt: null, link: `/packages/staff/pages/appointments/index?date=${v.date ?? ''}` });
  }
  for (const c of callbacks) {
    if (c.staff?.staffId !== staffId || !mayActor(ctx.actor, await partiesOfItem(ctx.store, c), 'callback')) continue;
    out.push({ type: 'callback', id: c._id, title: `回访：${c.title}`, dueAt: c.dueAt, link: callbackLink(c._id) });
  }
  return out;
}
