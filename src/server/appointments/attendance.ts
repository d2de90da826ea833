import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import { beijingInstant, toBeijingDate } from '../../domain/beijing';
import type { Appointment } from '../../shared/appointments';
import { appendAudit, auditEvent } from '../content/audit';
import { staffName } from '../content/staff-name';
import { subjectOf } from './docs';
import { loadAny } from './owner';
import { transit } from './transit';
import { followUpTicket } from './follow-up';
import { loadCalendar } from '../deadlines';
import { registerInTx } from '../tickets/register';
import { asStaff } from '../tickets/caller';
import { toAppointment } from './view';
import { requestRating } from '../ratings/request';
import { completedAppointment } from '../ratings/completed';

/**
 * Staff mark a visit attended (from its day on) or missed (once its start has passed); audited.
 * CONFLICT too early or when the status does not allow it.
 *
 * @example await markAttendance(ctx, { id }, 'attend') // { status: 'attended', … }
 */
export async function markAttendance(ctx: Ctx, input: { id: string }, event: 'attend' | 'noShow'): Promise<Appointment> {
  const doc = await ctx.store.transaction(async (tx) => {
    const before = await loadAny(tx, input.id, ctx.actor);
    if (!before.date || !before.start) throw new AppError('CONFLICT', '这个上门服务还没有确定时间', 'id');
    if (event === 'attend' && before.date > toBeijingDate(ctx.now)) throw new AppError('CONFLICT', '还没到预约的日子，不能登记到访', 'id');
    if (event === 'noShow' && beijingInstant(before.date, before.start) > ctx.now) throw new AppError('CONFLICT', '预约时间还没到，不能登记未到', 'id');
    return transit(tx, before, event, ctx);
  });
  return toAppointment(doc, { staff: true });
}

/**
 * Records what came of an attended visit, once. When it needs follow-up, a real ticket is
 * registered in the same transaction through the tickets service (channel 现场来访, the type by
 * the service booked, the staff member recording it first responder and assignee, its answer
 * clock started, the resident able to follow it in 我的事项) and linked on the appointment as
 * `ticketId`.
 *
 * @example await recordOutcome(ctx, { id, outcome: '已解答继承问题，需协助申请法律援助', needsFollowUp: true }) // { ticketId: 'tk_…', … }
 */
export async function recordOutcome(ctx: Ctx, input: { id: string; outcome: string; needsFollowUp: boolean }): Promise<Appointment> {
  const recordedBy = staffName(ctx.actor);
  const calendar = input.needsFollowUp ? await loadCalendar(ctx.store) : null;
  const doc = await ctx.store.transaction(async (tx) => {
    const before = await loadAny(tx, input.id, ctx.actor);
    if (before.status !== 'attended') throw new AppError('CONFLICT', '只有已到访的预约才能登记办理结果', 'id');
    if (before.outcome) throw new AppError('CONFLICT', '办理结果已经登记过了', 'id');
    const ticket = calendar ? await registerInTx(tx, ctx, asStaff(ctx.actor), followUpTicket(before, input.outcome), calendar, {
      source: subjectOf(before._id), ownerOpenid: before.openid,
    }) : null;
    const outcome = { text: input.outcome, needsFollowUp: input.needsFollowUp, recordedBy, recordedAt: ctx.now, ...(ticket ? { ticketId: ticket._id } : {}) };
    const patch = { outcome, updatedAt: ctx.now, ...(ticket ? { ticketId: ticket._id } : {}) };
    await tx.update('appointments', before._id, patch);
    await appendAudit(tx, auditEvent({ at: ctx.now, actor: ctx.actor, subject: subjectOf(before._id), action: 'appointment.outcome', to: outcome }));
    if (!ticket) await requestRating(tx, completedAppointment(before, ctx.actor), ctx.now); // issue 6: completed → ask for a rating (a follow-up ticket is rated when it closes)
    return { ...before, ...patch };
  });
  return toAppointment(doc, { staff: true });
}
