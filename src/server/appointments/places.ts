import { AppError } from '../core/errors';
import type { Tx } from '../ports/store';
import { slotCapacity } from '../../domain/slots';
import { slotId, type SlotDoc } from './docs';

export const SLOT_FULL_MESSAGE = '该时段已约满，请选择其他时间';

async function counter(tx: Tx, date: string, start: string): Promise<SlotDoc> {
  return (await tx.get<SlotDoc>('appointmentSlots', slotId(date, start))) ?? { _id: slotId(date, start), date, start, booked: 0, withdrawn: 0 };
}

/**
 * Takes one place of a slot inside the caller's transaction: the counter document is read and
 * written by id in the same transaction that writes the booking, so on CloudBase (single-document
 * operations, conflicting transactions retried) and on the embedded store alike no slot is
 * ever overbooked. SLOT_FULL when no place is left.
 *
 * @example await store.transaction(async (tx) => { await takePlace(tx, '2026-12-01', '09:00', 2); … })
 */
export async function takePlace(tx: Tx, date: string, start: string, capacityPerSlot: number): Promise<void> {
  const slot = await counter(tx, date, start);
  if (slot.booked >= slotCapacity(capacityPerSlot, slot.withdrawn)) throw new AppError('SLOT_FULL', SLOT_FULL_MESSAGE, 'start');
  await tx.put('appointmentSlots', { ...slot, booked: slot.booked + 1 });
}

/**
 * Gives a place back (cancel, reschedule away, displaced). Never below zero.
 * @example await releasePlace(tx, '2026-12-01', '09:00')
 */
export async function releasePlace(tx: Tx, date: string, start: string): Promise<void> {
  const slot = await counter(tx, date, start);
  await tx.put('appointmentSlots', { ...slot, booked: Math.max(0, slot.booked - 1) });
}

/**
 * Takes one place out of a slot for an absent staff member; answers how many bookings now
 * exceed the slot's capacity (they must be displaced).
 *
 * @example await withdrawPlace(tx, '2026-12-01', '10:00', 2) // 0, or 1 when both places were booked
 */
export async function withdrawPlace(tx: Tx, date: string, start: string, capacityPerSlot: number): Promise<number> {
  const slot = await counter(tx, date, start);
  const withdrawn = slot.withdrawn + 1;
  await tx.put('appointmentSlots', { ...slot, withdrawn });
  return Math.max(0, slot.booked - slotCapacity(capacityPerSlot, withdrawn));
}

/**
 * How many bookings of a slot exceed its capacity right now.
 * @example await excessOf(tx, '2026-12-01', '10:00', 2) // 1
 */
export async function excessOf(tx: Tx, date: string, start: string, capacityPerSlot: number): Promise<number> {
  const slot = await counter(tx, date, start);
  return Math.max(0, slot.booked - slotCapacity(capacityPerSlot, slot.withdrawn));
}
