import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import { slotGrid, slotEnd } from '../../domain/slots';
import type { Appointment, RescheduleInput } from '../../shared/appointments';
import { requestKey, type AppointmentDoc, type RequestDoc } from './docs';
import { replayed } from './book';
import { dropReminder, noticeRescheduled, scheduleReminder } from './notices';
import { checkedRules } from './offer';
import { loadOwn, openidOf } from './owner';
import { releasePlace, takePlace } from './places';
import { transit } from './transit';
import { toAppointment } from './view';

/**
 * Moves one of the caller's office bookings to another slot, by the same rules as booking.
 * In one transaction: the new slot's place is taken (SLOT_FULL when none), the old one given
 * back (unless the booking had already lost it: 'needsReschedule'), the booking moved, audited,
 * the reminder replaced, and a 「预约已改期」 message (old → new time) written. Idempotent by `requestId` (`reschedule:<openid>:<requestId>`).
 *
 * @example await reschedule(ctx, { id: 'appt:…', date: '2026-12-02', start: '14:00', requestId: 'r-87654321' })
 */
export async function reschedule(ctx: Ctx, input: RescheduleInput): Promise<Appointment> {
  const key = requestKey('reschedule', openidOf(ctx.actor), input.requestId);
  const earlier = await replayed(ctx, key);
  if (earlier) return earlier;
  const current = await loadOwn(ctx.store, input.id, ctx.actor);
  if (current.kind !== 'office') throw new AppError('CONFLICT', '上门服务的时间由工作人员与您商定，如需改期请拨打 0791-83280001', 'id');
  if (current.date === input.date && current.start === input.start && current.status === 'booked') {
    throw new AppError('VALIDATION', '新时间与原来的相同，请选择其他时间', 'start');
  }
  const rules = await checkedRules(ctx.store, input.date, input.start, ctx.now);
  const end = slotEnd(slotGrid(rules.settings.slotMinutes), input.start)!;
  const doc = await ctx.store.transaction(async (tx) => {
    const req = await tx.get<RequestDoc>('appointmentRequests', key);
    if (req) return (await tx.get<AppointmentDoc>('appointments', req.appointmentId))!;
    const before = await loadOwn(tx, input.id, ctx.actor);
    const after = await transit(tx, before, 'reschedule', ctx, { date: input.date, start: input.start, end, needsRescheduleReason: null });
    await takePlace(tx, input.date, input.start, rules.settings.capacityPerSlot);
    if (before.status === 'booked') await releasePlace(tx, before.date!, before.start!);
    await tx.create('appointmentRequests', { _id: key, appointmentId: before._id, createdAt: ctx.now });
    await dropReminder(tx, before);
    await noticeRescheduled(tx, before, after, ctx.now, rules.calendar);
    await scheduleReminder(tx, after, ctx.now);
    return after;
  });
  return toAppointment(doc, { staff: false });
}
