import type { Ctx } from '../core/define';
import { isActive } from '../../domain/appointment-status';
import type { Appointment } from '../../shared/appointments';
import type { AppointmentDoc } from './docs';
import { openidOf } from './owner';
import { toAppointment } from './view';
import { mayActor } from '../core/matter-access';
import { partiesOfAppointment } from './parties';

export const MINE_LIMIT = 100;

const whenKey = (d: AppointmentDoc) => `${d.date ?? '9999-99-99'} ${d.start ?? ''}`;

/**
 * Orders a person's appointments: open ones first (soonest first; unanswered home visits after
 * dated ones), then the rest newest first.
 * @example [...docs].sort(mineOrder)
 */
export function mineOrder(a: AppointmentDoc, b: AppointmentDoc): number {
  const oa = isActive(a.status);
  const ob = isActive(b.status);
  if (oa !== ob) return oa ? -1 : 1;
  if (oa) return whenKey(a).localeCompare(whenKey(b)) || a.createdAt - b.createdAt;
  return whenKey(b).localeCompare(whenKey(a)) || b.updatedAt - a.updatedAt;
}

/**
 * The caller's own bookings and home-visit requests (the `(openid, date)` index), at most 100.
 * @example await listMine(ctx) // [{ id, status: 'booked', date: '2026-12-01', … }, …]
 */
export async function listMine(ctx: Ctx): Promise<Appointment[]> {
  const docs = await ctx.store.find<AppointmentDoc>('appointments', {
    where: { openid: openidOf(ctx.actor) }, orderBy: [['date', 'desc']], limit: MINE_LIMIT,
  });
  return docs.filter((d) => mayActor(ctx.actor, partiesOfAppointment(d), 'amend')).sort(mineOrder).map((d) => toAppointment(d, { staff: false }));
}
