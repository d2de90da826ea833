import type { Store } from '../ports/store';
import { MAX_PAGE } from '../ports/store';
import type { InboxItem } from '../../shared/inbox';
import type { AppointmentDoc } from './docs';
import { dayText } from './notices';

/** A message about one time of a booking: 预约成功, 已改期, the reminder, a confirmed home visit. */
const SLOT_MESSAGE = /^appointment:(.+):(booked|rescheduled|reminder|confirmed):(\d{4}-\d{2}-\d{2}):(\d{2}:\d{2})$/;

/**
 * What has become of the booking an earlier message was about, in a resident's words; undefined
 * while that message still holds (issue 9 §6: an old 「预约成功」 must not read as if the visit
 * still stood after a cancel or a move).
 *
 * @example bookingNow({ status: 'cancelled', … }, '2026-12-01', '09:00') // '此预约已取消'
 * @example bookingNow({ status: 'booked', date: '2026-12-03', start: '14:00', … }, '2026-12-01', '09:00') // '已改到 12月3日（周四） 14:00'
 */
export function bookingNow(doc: Pick<AppointmentDoc, 'status' | 'date' | 'start'>, date: string, start: string): string | undefined {
  if (doc.status === 'cancelled') return '此预约已取消';
  if (doc.status === 'needsReschedule') return '此预约需要改约，请到「我的预约」选新的时间';
  if (doc.status === 'attended') return '已到访';
  if (doc.status === 'noShow') return '已登记为未到';
  if (doc.date && doc.start && (doc.date !== date || doc.start !== start)) return `已改到 ${dayText(doc.date)} ${doc.start}`;
  return undefined;
}

/**
 * The resident's messages about bookings, each with `current` when the booking has changed since
 * (one read of the bookings by id for the whole inbox).
 *
 * @example await withBookingState(store, items) // [{ title: '预约成功', current: '此预约已取消', … }]
 */
export async function withBookingState(store: Store, items: InboxItem[]): Promise<InboxItem[]> {
  const slots = new Map<string, { apptId: string; date: string; start: string }>();
  for (const i of items) {
    const m = SLOT_MESSAGE.exec(i.id);
    if (m && i.subject === `appointment:${m[1]}`) slots.set(i.id, { apptId: m[1], date: m[3], start: m[4] });
  }
  if (slots.size === 0) return items;
  const ids = [...new Set([...slots.values()].map((s) => s.apptId))];
  const docs = await store.find<AppointmentDoc>('appointments', { where: { _id: { $in: ids } }, limit: MAX_PAGE });
  const byId = new Map(docs.map((d) => [d._id, d]));
  return items.map((i) => {
    const slot = slots.get(i.id);
    const doc = slot && byId.get(slot.apptId);
    const current = doc ? bookingNow(doc, slot!.date, slot!.start) : undefined;
    return current ? { ...i, current } : i;
  });
}
