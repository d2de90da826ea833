import type { Ctx } from '../core/define';
import { loadCalendar } from '../deadlines';
import { formatBeijing } from '../notify/format';
import { answerClockFor, answerDue } from '../../domain/tickets/clocks';
import { toBeijingDate } from '../../domain/beijing';
import { provisionalNote } from '../../shared/calendar';
import { TICKET_TYPES, type TicketStaffView } from '../../shared/tickets';
import { asStaff, refOf } from './caller';
import { startTicketClock, stopTicketClock } from './clocks';
import { justDoneBy, loadForEvent } from './load';
import { TICKET_PURPOSES, tellResident } from './notify';
import { loadStaffView } from './staff-view';
import { newEvent, saveWithEvent } from './timeline';

/**
 * A staff member accepts a ticket (受理): received → processing. The caller becomes the first
 * responder — for an online ticket, the first staff member who accepts it is the one who first
 * received it (rule 二(一)) — and the assignee. The acceptance clock stops; the answer clock
 * starts now (complaints: 5 working days, rule 八(五)). The resident is told, with the due day.
 *
 * @example await acceptTicket(ctx, { id: 'tk_…' }) // { ticket: { status: 'processing', … } }
 */
export async function acceptTicket(ctx: Ctx, input: { id: string }): Promise<{ ticket: TicketStaffView }> {
  const actor = asStaff(ctx.actor);
  const calendar = await loadCalendar(ctx.store);
  return ctx.store.transaction(async (tx) => {
    const { ticket, next, repeat } = await loadForEvent(tx, input.id, actor, 'accept', (t) => justDoneBy(t, actor, 'accepted'));
    if (repeat) return { ticket: await loadStaffView(tx, ticket, actor, ctx.now) }; // a double tap: the first answer
    const by = refOf(actor);
    await stopTicketClock(tx, ticket, ctx.now, '已受理');
    const spec = answerClockFor(ticket.type);
    const fields = spec ? await startTicketClock(tx, ticket, spec, ticket.createdAt, calendar, actor.staffId) : { clock: null, dueAt: null };
    const event = newEvent(ctx.now, 'accepted', by, `${by.name} 受理`);
    const saved = await saveWithEvent(tx, ticket, {
      ...ticket, ...fields, status: next, acceptedAt: ctx.now, firstResponder: ticket.firstResponder ?? by, assignee: by,
    }, event, actor, ctx.now);
    const promise = answerDue(ticket.type, ticket.createdAt, calendar);
    const flag = fields.dueAt !== null && promise?.provisional ? `（${provisionalNote(+toBeijingDate(fields.dueAt).slice(0, 4))}）` : '';
    const due = fields.dueAt !== null ? `，将于 ${formatBeijing(fields.dueAt)} 前答复您${flag}` : '';
    await tellResident(tx, saved, event.id, {
      purpose: TICKET_PURPOSES.accepted, title: `已受理：${TICKET_TYPES[ticket.type]}`, body: `您提交的${TICKET_TYPES[ticket.type]}已由 ${by.name} 受理${due}。`,
    }, ctx.now);
    return { ticket: await loadStaffView(tx, saved, actor, ctx.now) };
  });
}
