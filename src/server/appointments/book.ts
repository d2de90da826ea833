import { randomUUID } from 'node:crypto';
import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import { toBeijingDate } from '../../domain/beijing';
import { slotGrid, slotEnd } from '../../domain/slots';
import { MAX_ACTIVE_PER_PERSON, type Appointment, type BookInput } from '../../shared/appointments';
import { heldSlotKey, requestKey, slotId, type AppointmentDoc, type RequestDoc, type SlotDoc } from './docs';
import { noticeBooked, scheduleReminder } from './notices';
import { checkedRules } from './offer';
import { openidOf } from './owner';
import { SLOT_FULL_MESSAGE, takePlace } from './places';
import { slotCapacity } from '../../domain/slots';
import { auditCreated } from './transit';
import { toAppointment } from './view';

/**
 * The booking a request id already made, if any (a retried tap answers the first booking).
 * @example await replayed(ctx, 'book:o1:r-12345678') // Appointment | null
 */
export async function replayed(ctx: Pick<Ctx, 'store'>, key: string): Promise<Appointment | null> {
  const req = await ctx.store.get<RequestDoc>('appointmentRequests', key);
  if (!req) return null;
  const doc = await ctx.store.get<AppointmentDoc>('appointments', req.appointmentId);
  return doc && toAppointment(doc, { staff: false });
}

/** The booker as stored: only the parts given, nothing when neither was. */
function bookerOf(b: BookInput['booker']): BookInput['booker'] {
  if (!b || (!b.name && !b.phone)) return undefined;
  return { ...(b.name ? { name: b.name } : {}), ...(b.phone ? { phone: b.phone } : {}) };
}

/** What a person reads when booking a slot they already hold. */
export const ALREADY_BOOKED_MESSAGE = '您已经预约了这个时段，不用重复预约；可在「我的预约」里查看';

/** Statuses in which a booking still holds its place. */
const HOLDING: readonly AppointmentDoc['status'][] = ['booked', 'needsReschedule'];

/** CONFLICT (field start) when the person already holds this very slot under another request. */
async function assertNotHeld(ctx: Ctx, openid: string, date: string, start: string): Promise<void> {
  const mine = await ctx.store.find<AppointmentDoc>('appointments', { where: { openid, date }, limit: 100 });
  if (mine.some((a) => a.kind === 'office' && a.start === start && HOLDING.includes(a.status))) {
    throw new AppError('CONFLICT', ALREADY_BOOKED_MESSAGE, 'start');
  }
}

/** CONFLICT when the person already holds the most upcoming office bookings allowed. */
async function assertBelowLimit(ctx: Ctx, openid: string): Promise<void> {
  const held = await ctx.store.count('appointments', {
    openid, date: { $gte: toBeijingDate(ctx.now) }, status: { $in: ['booked', 'needsReschedule'] },
  });
  if (held >= MAX_ACTIVE_PER_PERSON) {
    throw new AppError('CONFLICT', `您已有 ${held} 个未到的预约，请先办理或取消后再预约`, 'date');
  }
}

/**
 * Books an office slot. Checks the slot is offered, then in ONE transaction: the idempotency
 * record (`book:<openid>:<requestId>`), the slot's counter (SLOT_FULL when no place is left),
 * the booking, its audit event, the confirmation and the reminder. A retry with the same
 * request id answers the first booking and books nothing more; the same slot again under a new
 * request id, while the first booking holds it, is refused (CONFLICT, 「您已经预约了这个时段」) —
 * checked first by a query and, against two taps at once, by the per-person slot record
 * (`held:<openid>:<date>:<start>`) written in the same transaction.
 *
 * @example await book(ctx, { service: 'consultation', date: '2026-12-01', start: '09:00', requestId: 'r-12345678' })
 */
export async function book(ctx: Ctx, input: BookInput): Promise<Appointment> {
  const openid = openidOf(ctx.actor);
  const key = requestKey('book', openid, input.requestId);
  const [earlier, rules, slot] = await Promise.all([
    replayed(ctx, key),
    checkedRules(ctx.store, input.date, input.start, ctx.now).catch((err: unknown) => err as Error),
    ctx.store.get<SlotDoc>('appointmentSlots', slotId(input.date, input.start)),
  ]);
  if (earlier) return earlier;
  if (rules instanceof Error) throw rules;
  // Fast answer for a slot already full; the transaction below checks again, and decides.
  if (slot && slot.booked >= slotCapacity(rules.settings.capacityPerSlot, slot.withdrawn)) {
    throw new AppError('SLOT_FULL', SLOT_FULL_MESSAGE, 'start');
  }
  await assertNotHeld(ctx, openid, input.date, input.start);
  await assertBelowLimit(ctx, openid);
  const end = slotEnd(slotGrid(rules.settings.slotMinutes), input.start)!;
  const doc = await ctx.store.transaction(async (tx) => {
    const req = await tx.get<RequestDoc>('appointmentRequests', key);
    if (req) return (await tx.get<AppointmentDoc>('appointments', req.appointmentId))!;
    const heldKey = heldSlotKey(openid, input.date, input.start);
    const held = await tx.get<RequestDoc>('appointmentRequests', heldKey);
    const holder = held ? await tx.get<AppointmentDoc>('appointments', held.appointmentId) : null;
    if (holder && HOLDING.includes(holder.status) && holder.date === input.date && holder.start === input.start) {
      throw new AppError('CONFLICT', ALREADY_BOOKED_MESSAGE, 'start');
    }
    await takePlace(tx, input.date, input.start, rules.settings.capacityPerSlot);
    const appt: AppointmentDoc = {
      _id: `appt:${randomUUID()}`, kind: 'office', status: 'booked', service: input.service, openid,
      date: input.date, start: input.start, end, createdAt: ctx.now, updatedAt: ctx.now,
      ...(input.forWhom ? { forWhom: input.forWhom } : {}), ...(input.note ? { note: input.note } : {}),
      ...(bookerOf(input.booker) ? { booker: bookerOf(input.booker) } : {}),
    };
    await tx.create('appointments', appt);
    await tx.create('appointmentRequests', { _id: key, appointmentId: appt._id, createdAt: ctx.now });
    const heldDoc = { _id: heldKey, appointmentId: appt._id, createdAt: ctx.now };
    await (held ? tx.put('appointmentRequests', heldDoc) : tx.create('appointmentRequests', heldDoc));
    await auditCreated(tx, appt, ctx);
    await noticeBooked(tx, appt, ctx.now, rules.calendar);
    await scheduleReminder(tx, appt, ctx.now);
    return appt;
  });
  return toAppointment(doc, { staff: false });
}
