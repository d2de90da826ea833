import { STATION_ROLES } from '../../shared/roles';
import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import type { TicketStaffView } from '../../shared/tickets';
import { asStaff, refOf } from './caller';
import { moveClockResponsibility } from './clocks';
import { activeStaff } from './create';
import { justDoneBy, loadForEvent } from './load';
import { TICKET_PURPOSES, tellStaff } from './notify';
import { loadStaffView } from './staff-view';
import { newEvent, saveWithEvent } from './timeline';

/**
 * Hands a ticket on to a colleague inside the station (rule 二(四)): the assignee changes, the
 * first responder stays, the running clock's warnings follow the new assignee, who is told.
 * Not to oneself, not to inactive staff, and a complaint never to the person complained about.
 *
 * @example await handOnTicket(ctx, { id, toStaffId: 'staff:demo-director', note: '涉及法律援助审批' })
 */
export async function handOnTicket(ctx: Ctx, input: { id: string; toStaffId: string; note: string }): Promise<{ ticket: TicketStaffView }> {
  const actor = asStaff(ctx.actor);
  return ctx.store.transaction(async (tx) => {
    const { ticket, next, repeat } = await loadForEvent(tx, input.id, actor, 'handOn', (t) => justDoneBy(t, actor, 'handedOn', (e) => e.to?.staffId === input.toStaffId && e.text === input.note));
    if (repeat) return { ticket: await loadStaffView(tx, ticket, actor, ctx.now) }; // a double tap: the first answer
    const to = await activeStaff(tx, input.toStaffId);
    if (!to || !(to.roles ?? []).some((r) => STATION_ROLES.includes(r))) throw new AppError('VALIDATION', '「转交给」不是本站在岗工作人员', 'toStaffId');
    if (to.staffId === ticket.assignee?.staffId) throw new AppError('VALIDATION', '这件事已经由这位同事经办', 'toStaffId');
    if (ticket.complaint?.respondentStaffId === to.staffId) throw new AppError('VALIDATION', '不能转交给被投诉人本人', 'toStaffId');
    const by = refOf(actor);
    const event = newEvent(ctx.now, 'handedOn', by, `${by.name} 转交给 ${to.name}`, { text: input.note, to });
    await moveClockResponsibility(tx, ticket, to.staffId, ctx.now);
    const saved = await saveWithEvent(tx, ticket, { ...ticket, status: next, assignee: to }, event, actor, ctx.now);
    await tellStaff(tx, saved, event.id, [to.staffId], {
      purpose: TICKET_PURPOSES.handedOn, title: '有一件事转交给您', body: `${by.name} 转交给您：${input.note}`,
    }, ctx.now);
    return { ticket: await loadStaffView(tx, saved, actor, ctx.now) };
  });
}
