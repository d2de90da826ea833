import type { Ctx } from '../core/define';
import { TICKET_TYPES, type Closure, type CourtesyChecked, type TicketStaffView } from '../../shared/tickets';
import { courtesyCheck } from '../core/courtesy';
import { asStaff, refOf } from './caller';
import { stopTicketClock } from './clocks';
import { justDoneBy, loadForEvent } from './load';
import { TICKET_PURPOSES, tellResident } from './notify';
import { loadStaffView } from './staff-view';
import { newEvent, saveWithEvent } from './timeline';
import { prepareCompletion, requestRating } from '../ratings/request';
import { completedTicket } from '../ratings/completed';
import { loadCalendar } from '../deadlines';
import { openResultCall } from '../result-calls/open';
import { ticketResultCall } from '../result-calls/tickets';

/**
 * Closes a ticket with its result (办结). Every running clock stops; `onTime` records whether
 * the promise was kept. A matter outside the station's business is closed with the explanation
 * and where to go (rule 二(五)). Closing a ticket nobody accepted makes the closer its first
 * responder. The resident is told the result — online in the mini-program; a walk-in, phone or
 * letter contact by the handler, through a 「告知结果」 task (issue 9 §5). The result and the explanation are checked for
 * 服务忌语 first (rule 五(四), issue 9 §3): found and not `confirmed` → `{ sent: false, warnings }`,
 * nothing written.
 *
 * @example await closeTicket(ctx, { id, result: '已当面答复', outOfScope: { explanation: '…', whereToGo: '县人社局劳动监察大队' } })
 */
export async function closeTicket(
  ctx: Ctx,
  input: { id: string; result: string; outOfScope?: { explanation: string; whereToGo: string }; confirmed?: boolean },
): Promise<CourtesyChecked<{ ticket: TicketStaffView }>> {
  const actor = asStaff(ctx.actor);
  const courtesy = courtesyCheck({
    result: input.result, 'outOfScope.explanation': input.outOfScope?.explanation, 'outOfScope.whereToGo': input.outOfScope?.whereToGo,
  }, input.confirmed);
  const completion = await prepareCompletion(ctx.store); // issue 6: rating request (+ major callback)
  const calendar = await loadCalendar(ctx.store); // issue 9 §5: the 告知结果 task's clock
  return ctx.store.transaction(async (tx) => {
    const { ticket, next, repeat } = await loadForEvent(tx, input.id, actor, 'close', (t) => justDoneBy(t, actor, 'closed', (e) => e.text === input.result));
    if (repeat) return { sent: true as const, ticket: await loadStaffView(tx, ticket, actor, ctx.now) }; // a double tap: the first answer
    if (courtesy.hold) return courtesy.hold;
    const by = refOf(actor);
    const { onTime, fields } = await stopTicketClock(tx, ticket, ctx.now, '已办结');
    const closure: Closure = { result: input.result, at: ctx.now, by, onTime };
    if (input.outOfScope) closure.outOfScope = input.outOfScope;
    const summary = input.outOfScope ? `${by.name} 办结（不属于本站职能，已告知去向）` : `${by.name} 办结`;
    const event = newEvent(ctx.now, 'closed', by, summary, { text: input.result, confirmedWarnings: courtesy.confirmedPhrases });
    const saved = await saveWithEvent(tx, ticket, {
      ...ticket, ...fields, status: next, closure, closedAt: ctx.now,
      firstResponder: ticket.firstResponder ?? by, assignee: ticket.assignee ?? by,
    }, event, actor, ctx.now);
    const where = input.outOfScope ? `\n${input.outOfScope.explanation}\n请到：${input.outOfScope.whereToGo}` : '';
    await tellResident(tx, saved, event.id, {
      purpose: TICKET_PURPOSES.closed, title: `已办结：${TICKET_TYPES[ticket.type]}`, body: `${input.result}${where}`,
    }, ctx.now);
    const told = ticketResultCall(saved, 'closed', `${input.result}${where}`);
    if (told) await openResultCall(tx, told, ctx.now, { calendar });
    await requestRating(tx, completedTicket(saved), ctx.now, completion);
    return { sent: true as const, ticket: await loadStaffView(tx, saved, actor, ctx.now) };
  });
}
