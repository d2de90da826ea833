import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import { daysBetween, toBeijingDate, weekdayOf } from '../../domain/beijing';
import { daysFrom, horizonEnd, offeredSlots, slotCapacity } from '../../domain/slots';
import type { SlotDay, SlotsResult } from '../../shared/appointments';
import type { SlotDoc } from './docs';
import { MAX_PAGE } from '../ports/store';
import { closuresBetween } from './closures';
import { BOOKING_RULE_COLLECTIONS, bookingRules } from './offer';
import { readMarked } from '../core/marked-cache';

/** Every slot counter of a range of days, page by page (the store returns at most 1000 at once). */
async function countersBetween(ctx: Ctx, from: string, to: string): Promise<SlotDoc[]> {
  const out: SlotDoc[] = [];
  for (;;) {
    const page = await ctx.store.find<SlotDoc>('appointmentSlots', {
      where: { date: { $gte: from, $lte: to } }, orderBy: [['date', 'asc'], ['start', 'asc']], limit: MAX_PAGE, offset: out.length,
    });
    out.push(...page);
    if (page.length < MAX_PAGE) return out;
  }
}

/** The days asked for, clipped to today … the horizon. */
function window(input: { date?: string; from?: string; to?: string }, today: string, last: string): [string, string] {
  if (input.date && (input.from || input.to)) throw new AppError('VALIDATION', '请只给出日期，或只给出起止日期', 'date');
  const from = input.date ?? input.from ?? today;
  const to = input.date ?? input.to ?? last;
  if (daysBetween(from, to) < 0) throw new AppError('VALIDATION', '结束日期不能早于开始日期', 'to');
  return [from < today ? today : from, to > last ? last : to];
}

/**
 * The bookable days and their slots: working days only (调休 Saturdays included), within the
 * horizon, inside office hours without lunch, past and too-soon slots left out; each slot with
 * its capacity and places left (full ones stay listed with `left: 0`). Days without any offered
 * slot are left out. One query reads every counter of the range (the `(date, start)` index).
 * The rules, closures and counters read are kept while the store's change marks say their
 * collections did not change (embedded store; see marked-cache.ts), so a call that follows no
 * write costs the domain's arithmetic only.
 *
 * @example await listSlots(ctx, { date: '2026-12-01' }) // { days: [{ date: '2026-12-01', slots: [{ start: '09:00', left: 2, … }] }], … }
 */
export async function listSlots(ctx: Ctx, input: { date?: string; from?: string; to?: string }): Promise<SlotsResult> {
  const { settings, calendar } = await readMarked(ctx.store, BOOKING_RULE_COLLECTIONS, 'slots:rules', () => bookingRules(ctx.store));
  const today = toBeijingDate(ctx.now);
  const last = horizonEnd(ctx.now, settings.horizonDays);
  const base = { horizonEnd: last, minLeadMinutes: settings.minLeadMinutes, serverNow: ctx.now };
  const [from, to] = window(input, today, last);
  if (from > to) return { days: [], ...base };
  const [closed, counterOf] = await Promise.all([
    readMarked(ctx.store, ['appointmentConfig'], `slots:closed:${from}:${to}`, () => closuresBetween(ctx.store, from, to)),
    readMarked(ctx.store, ['appointmentSlots'], `slots:counters:${from}:${to}`, async () => new Map((await countersBetween(ctx, from, to)).map((c) => [c._id, c]))),
  ]);
  const days: SlotDay[] = [];
  for (const date of daysFrom(from, to)) {
    const offered = offeredSlots(date, ctx.now, calendar, settings, closed);
    if (offered.length === 0) continue;
    const info = calendar.dayInfo(date);
    days.push({
      date, weekday: weekdayOf(date), reason: info.reason as SlotDay['reason'], provisional: info.provisional,
      slots: offered.map((s) => {
        const c = counterOf.get(`slot:${date}:${s.start}`);
        const capacity = slotCapacity(settings.capacityPerSlot, c?.withdrawn ?? 0);
        return { start: s.start, end: s.end, capacity, left: Math.max(0, capacity - (c?.booked ?? 0)) };
      }),
    });
  }
  return { days, ...base };
}
