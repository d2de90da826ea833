import type { Ctx } from '../core/define';
import { checkCourtesy } from '../../domain/tickets/phrases';
import { TICKET_TYPES, type ReplyResult, type TimelineEvent } from '../../shared/tickets';
import { asStaff, refOf } from './caller';
import { loadForEvent, repeatedEvent } from './load';
import { TICKET_PURPOSES, tellResident } from './notify';
import { loadStaffView } from './staff-view';
import { newEvent, saveWithEvent } from './timeline';

/**
 * The assignee (or a director) replies to the person. The text is checked against the 服务忌语
 * of rule 五(四) first: with warnings and not `confirmed`, the answer is `{ sent: false,
 * warnings }` and nothing is written — the text is never rewritten; sent anyway after
 * confirmation, the event keeps the phrases the sender confirmed. The resident is told. Sent
 * again (the same `requestId`, or the same text right after the same person's last reply), it
 * answers as the first time and writes nothing.
 *
 * @example await replyTicket(ctx, { id, text: '不知道' }) // { sent: false, warnings: [{ phrase: '不知道', … }] }
 */
export async function replyTicket(ctx: Ctx, input: { id: string; text: string; confirmed?: boolean; requestId?: string }): Promise<ReplyResult> {
  const actor = asStaff(ctx.actor);
  const warnings = checkCourtesy(input.text);
  return ctx.store.transaction(async (tx) => {
    const same = (e: TimelineEvent) => e.text === input.text && 'staffId' in e.by && e.by.staffId === actor.staffId;
    const { ticket, next, repeat } = await loadForEvent(tx, input.id, actor, 'reply', (t) => repeatedEvent(t, input.requestId, 'reply', same));
    if (repeat) return { sent: true as const, ticket: await loadStaffView(tx, ticket, actor, ctx.now) };
    if (warnings.length > 0 && !input.confirmed) return { sent: false as const, warnings };
    const by = refOf(actor);
    const event = newEvent(ctx.now, 'reply', by, `${by.name} 答复`, {
      text: input.text,
      confirmedWarnings: warnings.length ? warnings.map((w) => w.phrase) : undefined,
    });
    const saved = await saveWithEvent(tx, ticket, { ...ticket, status: next }, event, actor, ctx.now, input.requestId);
    await tellResident(tx, saved, event.id, { purpose: TICKET_PURPOSES.reply, title: `工作站答复了您的${TICKET_TYPES[ticket.type]}`, body: input.text }, ctx.now);
    return { sent: true as const, ticket: await loadStaffView(tx, saved, actor, ctx.now) };
  });
}
