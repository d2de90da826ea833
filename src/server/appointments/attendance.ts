import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import { beijingInstant, toBeijingDate } from '../../domain/beijing';
import type { Appointment } from '../../shared/appointments';
import { appendAudit, auditEvent } from '../content/audit';
import { staffName } from '../content/staff-name';
import { subjectOf } from './docs';
import { loadAny } from './owner';
import { transit } from './transit';
import { toAppointment } from './view';

/**
 * Staff mark a visit attended (from its day on) or missed (once its start has passed); audited.
 * CONFLICT too early or when the status does not allow it.
 *
 * @example await markAttendance(ctx, { id }, 'attend') // { status: 'attended', … }
 */
export async function markAttendance(ctx: Ctx, input: { id: string }, event: 'attend' | 'noShow'): Promise<Appointment> {
  const doc = await ctx.store.transaction(async (tx) => {
    const before = await loadAny(tx, input.id);
    if (!before.date || !before.start) throw new AppError('CONFLICT', '这个上门服务还没有确定时间', 'id');
    if (event === 'attend' && before.date > toBeijingDate(ctx.now)) throw new AppError('CONFLICT', '还没到预约的日子，不能登记到访', 'id');
    if (event === 'noShow' && beijingInstant(before.date, before.start) > ctx.now) throw new AppError('CONFLICT', '预约时间还没到，不能登记未到', 'id');
    return transit(tx, before, event, ctx);
  });
  return toAppointment(doc, { staff: true });
}

/**
 * Records what came of an attended visit, once. When it needs follow-up, a `followUps` record
 * is opened in the same transaction (state 'open', ticketId null) for the ticket module
 * (issue 5) to take over; its id is returned in `outcome.followUpId`.
 *
 * @example await recordOutcome(ctx, { id, outcome: '已解答继承问题，需协助申请法律援助', needsFollowUp: true })
 */
export async function recordOutcome(ctx: Ctx, input: { id: string; outcome: string; needsFollowUp: boolean }): Promise<Appointment> {
  const recordedBy = staffName(ctx.actor);
  const doc = await ctx.store.transaction(async (tx) => {
    const before = await loadAny(tx, input.id);
    if (before.status !== 'attended') throw new AppError('CONFLICT', '只有已到访的预约才能登记办理结果', 'id');
    if (before.outcome) throw new AppError('CONFLICT', '办理结果已经登记过了', 'id');
    const followUpId = input.needsFollowUp ? `followUp:${before._id}` : undefined;
    const outcome = { text: input.outcome, needsFollowUp: input.needsFollowUp, recordedBy, recordedAt: ctx.now, ...(followUpId ? { followUpId } : {}) };
    if (followUpId) {
      await tx.create('followUps', {
        _id: followUpId, state: 'open', ticketId: null, appointmentId: before._id, openid: before.openid,
        service: before.service, outcome: input.outcome, forWhom: before.forWhom ?? null,
        createdAt: ctx.now, createdBy: ctx.actor.kind === 'staff' ? ctx.actor.staffId : null,
      });
    }
    await tx.update('appointments', before._id, { outcome, updatedAt: ctx.now });
    await appendAudit(tx, auditEvent({ at: ctx.now, actor: ctx.actor, subject: subjectOf(before._id), action: 'appointment.outcome', to: outcome }));
    return { ...before, outcome, updatedAt: ctx.now };
  });
  return toAppointment(doc, { staff: true });
}
