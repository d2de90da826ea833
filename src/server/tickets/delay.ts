import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import { toBeijingDate } from '../../domain/beijing';
import { TICKET_TYPES, type CourtesyChecked, type TicketStaffView } from '../../shared/tickets';
import { courtesyCheck } from '../core/courtesy';
import { asStaff, refOf } from './caller';
import { loadForEvent, repeatedEvent } from './load';
import { TICKET_PURPOSES, tellResident } from './notify';
import { loadStaffView } from './staff-view';
import { newEvent, saveWithEvent } from './timeline';
import { loadCalendar } from '../deadlines';
import { openResultCall } from '../result-calls/open';
import { ticketResultCall } from '../result-calls/tickets';

/** 「2026-12-03」 → 「12月3日」. */
function dayWords(ymd: string): string {
  const [, m, d] = ymd.split('-').map(Number);
  return `${m}月${d}日`;
}

/**
 * When a matter cannot be answered in time, the person is told why and when (rule 八(五)3):
 * the reason and the expected day are recorded on the ticket and in its timeline (the resident
 * sees them) and sent to an online resident; for others `notified` is false — the handler gets a
 * 「告知结果」 task to tell them by phone (issue 9 §5). The clock is not moved: the promise stays
 * recorded as it was made. The reason is checked for 服务忌语 first (issue 9 §3): found and not `confirmed` → `{ sent: false, warnings }`.
 * Reported again (the same `requestId`, or the same reason and day as the last delay notice) it
 * answers as the first time: the resident is told once.
 *
 * @example await reportDelay(ctx, { id, reason: '需要向县局核实', expectedBy: '2026-12-08' }) // { ticket, notified: true }
 */
export async function reportDelay(
  ctx: Ctx, input: { id: string; reason: string; expectedBy: string; confirmed?: boolean; requestId?: string },
): Promise<CourtesyChecked<{ ticket: TicketStaffView; notified: boolean }>> {
  const actor = asStaff(ctx.actor);
  const courtesy = courtesyCheck({ reason: input.reason }, input.confirmed);
  const calendar = await loadCalendar(ctx.store);
  if (input.expectedBy < toBeijingDate(ctx.now)) throw new AppError('VALIDATION', '「预计答复日期」不能早于今天', 'expectedBy');
  return ctx.store.transaction(async (tx) => {
    const same = (e: { text?: string; expectedBy?: string }) => e.text === input.reason && e.expectedBy === input.expectedBy;
    const { ticket, next, repeat } = await loadForEvent(tx, input.id, actor, 'reportDelay', (t) => repeatedEvent(t, input.requestId, 'delayReported', same));
    if (repeat) return { sent: true as const, ticket: await loadStaffView(tx, ticket, actor, ctx.now), notified: ticket.ownerOpenid !== null };
    if (courtesy.hold) return courtesy.hold;
    const by = refOf(actor);
    const event = newEvent(ctx.now, 'delayReported', by, `${by.name} 说明延期：预计 ${dayWords(input.expectedBy)} 前答复`, {
      text: input.reason, expectedBy: input.expectedBy, confirmedWarnings: courtesy.confirmedPhrases,
    });
    const delay = { reason: input.reason, expectedBy: input.expectedBy, at: ctx.now };
    const saved = await saveWithEvent(tx, ticket, { ...ticket, status: next, delay }, event, actor, ctx.now, input.requestId);
    const body = `很抱歉，您的${TICKET_TYPES[ticket.type]}暂时还不能答复：${input.reason}。我们预计在 ${dayWords(input.expectedBy)} 前答复您，如有疑问请拨打 0791-83280001。`;
    const notified = await tellResident(tx, saved, event.id, { purpose: TICKET_PURPOSES.delay, title: `办理进度：${TICKET_TYPES[ticket.type]}`, body }, ctx.now);
    const told = ticketResultCall(saved, 'delay', body, `delay:${event.id}`);
    if (told) await openResultCall(tx, told, ctx.now, { calendar });
    return { sent: true as const, ticket: await loadStaffView(tx, saved, actor, ctx.now), notified };
  });
}
