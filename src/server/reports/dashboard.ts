import type { Ctx } from '../core/define';
import { toBeijingDate } from '../../domain/beijing';
import { dayRange, daysOf, monthRange } from '../../domain/reports/period';
import type { Dashboard } from '../../shared/reports';

/**
 * The director's first screen (issue 14): today's open matters, overdue ones, green-channel
 * legal-aid applications still open today, callbacks due by tonight; and the month so far, day
 * by day. Every figure is a store count (no documents loaded).
 *
 * @example (await dashboard(ctx)).today.open // 12
 */
export async function dashboard(ctx: Ctx): Promise<Dashboard> {
  const today = toBeijingDate(ctx.now);
  const month = today.slice(0, 7);
  const tonight = dayRange(today).endMs;
  const days = daysOf({ first: monthRange(month).first, last: today });
  const s = ctx.store;
  const [open, overdue, greenOpenToday, callbacksDue, perDay] = await Promise.all([
    s.count('tickets', { open: true }),
    s.count('tickets', { open: true, dueAt: { $lt: ctx.now } }),
    s.count('legalAidApplications', { open: true, greenChannel: true, sameDayDate: today }),
    s.count('callbackTasks', { status: 'open', dueAt: { $lt: tonight } }),
    Promise.all(days.map((d) => { const r = dayRange(d); return s.count('tickets', { createdAt: { $gte: r.startMs, $lt: r.endMs } }); })),
  ]);
  return { today: { date: today, open, overdue, greenOpenToday, callbacksDue }, month, trend: days.map((day, i) => ({ day, count: perDay[i] })) };
}
