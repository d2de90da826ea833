import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import type { TicketStaffView } from '../../shared/tickets';
import { asStaff, refOf } from './caller';
import { loadForEvent, repeatedEvent } from './load';
import { loadStaffView } from './staff-view';
import { newEvent, saveWithEvent } from './timeline';
import { stopTransferClock } from './clocks';

/**
 * Records the reply sent back to the department that transferred the matter (rule 八(五)6).
 * Only for channel 'transferred'; allowed after closing too (the result is usually what is
 * sent back). The first reply stops the department's deadline clock and records whether it was
 * kept (`onTime`); a later reply replaces the earlier one on the ticket, keeping that verdict;
 * both stay in the timeline.
 * The same reply again (same `requestId`, or the same text as the last one) writes nothing.
 *
 * @example await recordTransferReply(ctx, { id, replyText: '经调查核实，已对当事人作出答复…' })
 */
export async function recordTransferReply(ctx: Ctx, input: { id: string; replyText: string; requestId?: string }): Promise<{ ticket: TicketStaffView }> {
  const actor = asStaff(ctx.actor);
  return ctx.store.transaction(async (tx) => {
    const same = (e: { text?: string }) => e.text === input.replyText;
    const { ticket, next, repeat } = await loadForEvent(tx, input.id, actor, 'recordTransferReply', (t) => repeatedEvent(t, input.requestId, 'transferReplied', same));
    if (repeat) return { ticket: await loadStaffView(tx, ticket, actor, ctx.now) };
    if (ticket.channel !== 'transferred' || !ticket.transferredFrom) {
      throw new AppError('VALIDATION', '只有其他部门转来的事项需要回复转来部门', 'id');
    }
    const by = refOf(actor);
    const event = newEvent(ctx.now, 'transferReplied', by, `${by.name} 回复转来部门「${ticket.transferredFrom.department}」`, { text: input.replyText });
    const onTime = ticket.transferReply ? ticket.transferReply.onTime : await stopTransferClock(tx, ticket, ctx.now);
    const transferReply = { text: input.replyText, at: ctx.now, by, ...(onTime !== undefined ? { onTime } : {}) };
    const saved = await saveWithEvent(tx, ticket, { ...ticket, status: next, transferReply }, event, actor, ctx.now, input.requestId);
    return { ticket: await loadStaffView(tx, saved, actor, ctx.now) };
  });
}
