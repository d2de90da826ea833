import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import type { TicketStaffView } from '../../shared/tickets';
import { staffWithRole } from '../scheduler/staff-with-role';
import { asStaff, refOf } from './caller';
import { justDoneBy, loadForEvent } from './load';
import { TICKET_PURPOSES, tellStaff } from './notify';
import { loadStaffView } from './staff-view';
import { newEvent, saveWithEvent } from './timeline';

/**
 * Flags a complaint as major (重大) after acceptance (rule 八(六)): the record is kept on the
 * complaint and in the audit trail, every director and admin is told to report it to
 * 县局政工监察股, and `majorReport` exports it for them. Complaints only, once.
 *
 * @example await markMajor(ctx, { id, reason: '涉嫌利用职权索取财物' })
 */
export async function markMajor(ctx: Ctx, input: { id: string; reason: string }): Promise<{ ticket: TicketStaffView }> {
  const actor = asStaff(ctx.actor);
  const supervisors = [...(await staffWithRole(ctx.store, 'director')), ...(await staffWithRole(ctx.store, 'admin'))].map((s) => s._id);
  return ctx.store.transaction(async (tx) => {
    const { ticket, next, repeat } = await loadForEvent(tx, input.id, actor, 'markMajor', (t) => justDoneBy(t, actor, 'markedMajor', (e) => e.text === input.reason));
    if (repeat) return { ticket: await loadStaffView(tx, ticket, actor, ctx.now) }; // a double tap: the first answer
    if (!ticket.complaint) throw new AppError('VALIDATION', '只有投诉可以标记为重大投诉', 'id');
    if (ticket.complaint.major) throw new AppError('CONFLICT', '这件投诉已经标记为重大投诉');
    const by = refOf(actor);
    const major = { reason: input.reason, at: ctx.now, by };
    const event = newEvent(ctx.now, 'markedMajor', by, `${by.name} 标记为重大投诉，报县局政工监察股`, { text: input.reason });
    const saved = await saveWithEvent(tx, ticket, { ...ticket, status: next, complaint: { ...ticket.complaint, major } }, event, actor, ctx.now);
    await tellStaff(tx, saved, event.id, supervisors, {
      purpose: TICKET_PURPOSES.major, title: '重大投诉：请上报县局政工监察股',
      body: `${by.name} 将一件投诉标记为重大投诉：${input.reason}。请导出报告上报县局政工监察股（制度八（六））。`,
    }, ctx.now);
    return { ticket: await loadStaffView(tx, saved, actor, ctx.now) };
  });
}
