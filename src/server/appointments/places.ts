import { AppError } from '../core/errors';
import type { Tx } from '../ports/store';
import { slotCapacity } from '../../domain/slots';
import { closureId, slotId, type SlotDoc } from './docs';

export const SLOT_FULL_MESSAGE = '该时段已约满，请选择其他时间';
export const DAY_CLOSED_MESSAGE = '这一天暂停预约，请选择其他日期';

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
  if (slot.closed || (await tx.get('appointmentConfig', closureId(date)))) throw new AppError('NOT_FOUND', DAY_CLOSED_MESSAGE, 'date');
  if (slot.booked >= slotCapacity(capacityPerSlot, slot.withdrawn)) throw new AppError('SLOT_FULL', SLOT_FULL_MESSAGE, 'start');
  await tx.put('appointmentSlots', { ...slot, booked: slot.booked + 1 });
}

/**
 * Marks (or unmarks) every slot counter of a day as closed, inside the closure's transaction.
 * A booking that passed its checks just before the closure writes one of these counters too, so
 * the two conflict and the booking is retried and refused — on CloudBase, where transactions
 * only conflict on documents both write, as on the embedded store.
 *
 * @example await markDayClosed(tx, '2026-12-01', ['09:00', '09:30'], true)
 */
export async function markDayClosed(tx: Tx, date: string, starts: string[], closed: boolean): Promise<void> {
  for (const start of starts) {
    const slot = await counter(tx, date, start);
    await tx.put('appointmentSlots', { ...slot, closed });
  }
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

/**
 * Puts back the place a cancelled 外出办案 took out of a slot (issue 12). Never below zero.
 * Bookings moved away at the time stay moved (their residents were told to pick a new time);
 * the place is simply bookable again.
 * @example await returnWithdrawnPlace(tx, '2026-12-01', '10:00')
 */
export async function returnWithdrawnPlace(tx: Tx, date: string, start: string): Promise<void> {
  const slot = await counter(tx, date, start);
  await tx.put('appointmentSlots', { ...slot, withdrawn: Math.max(0, slot.withdrawn - 1) });
}
