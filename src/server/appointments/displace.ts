import type { Ctx } from '../core/define';
import type { Store } from '../ports/store';
import type { AppointmentDoc } from './docs';
import { dropReminder, noticeDisplaced } from './notices';
import { excessOf, releasePlace } from './places';
import { transit } from './transit';

/**
 * Takes the place away from one booking (外出办案, a closed day): status 'needsReschedule', the
 * place given back, the reminder withdrawn, the resident notified and invited to pick a new
 * time; audited. With `onlyIfOver`, only while the slot is still over capacity (rechecked inside
 * the transaction, so a cancellation meanwhile spares a booking). Answers whether it moved.
 *
 * @example await displace(ctx, 'appt:…', '工作人员外出办案', { capacityPerSlot: 2 }) // true
 */
export async function displace(
  ctx: Pick<Ctx, 'store' | 'actor' | 'now'>, id: string, reason: string, onlyIfOver?: { capacityPerSlot: number },
): Promise<boolean> {
  return ctx.store.transaction(async (tx) => {
    const doc = await tx.get<AppointmentDoc>('appointments', id);
    if (!doc || doc.kind !== 'office' || doc.status !== 'booked') return false;
    if (onlyIfOver && (await excessOf(tx, doc.date!, doc.start!, onlyIfOver.capacityPerSlot)) === 0) return false;
    await transit(tx, doc, 'displace', ctx, { needsRescheduleReason: reason }, reason);
    await releasePlace(tx, doc.date!, doc.start!);
    await dropReminder(tx, doc);
    await noticeDisplaced(tx, doc, reason, ctx.now);
    return true;
  });
}

/**
 * Booked office visits of a day (optionally one slot), latest booked first: the first to give
 * way when places are taken out.
 *
 * @example await bookedOn(store, '2026-12-01', '10:00') // [doc, …]
 */
export async function bookedOn(store: Store, date: string, start?: string): Promise<AppointmentDoc[]> {
  const docs = await store.find<AppointmentDoc>('appointments', {
    where: { date, ...(start ? { start } : {}) }, orderBy: [['start', 'asc']], limit: 1000,
  });
  return docs.filter((d) => d.kind === 'office' && d.status === 'booked').sort((a, b) => b.createdAt - a.createdAt);
}
