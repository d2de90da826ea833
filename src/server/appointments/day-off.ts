import type { Ctx } from '../core/define';
import { beijingInstant, toBeijingDate } from '../../domain/beijing';
import { loadCalendar } from '../deadlines';
import { bookedOn, displace } from './displace';

/**
 * After the admin's calendar turns `date` into a day off (a 临时休息 override, or an override
 * removed so a weekend is off again): every office booking of that day not yet begun becomes
 * 'needsReschedule', its place freed, its reminder withdrawn, its resident notified — the same
 * path as 外出办案 and a closed day. Nothing happens when the day still works or has passed.
 * Answers the ids moved.
 *
 * @example await rescheduleDayOff(ctx, '2026-12-01', '镇人大换届选举') // ['appt:…']
 */
export async function rescheduleDayOff(ctx: Pick<Ctx, 'store' | 'actor' | 'now'>, date: string, note: string): Promise<string[]> {
  if (date < toBeijingDate(ctx.now)) return [];
  const calendar = await loadCalendar(ctx.store);
  if (calendar.isWorkingDay(date)) return [];
  const reason = note ? `当天工作站休息（${note}）` : '当天工作站休息';
  const moved: string[] = [];
  for (const doc of await bookedOn(ctx.store, date)) {
    if (doc.start && beijingInstant(date, doc.start) <= ctx.now) continue;
    if (await displace(ctx, doc._id, reason)) moved.push(doc._id);
  }
  return moved;
}
