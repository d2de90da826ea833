import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import { daysBetween, toBeijingDate, weekdayOf } from '../../domain/beijing';
import { daySlots, daysFrom, horizonEnd, offerCutoff, slotCapacity, type SlotRules } from '../../domain/slots';
import type { Slot, SlotDay, SlotsResult } from '../../shared/appointments';
import type { SlotDoc } from './docs';
import { MAX_PAGE } from '../ports/store';
import { closuresBetween } from './closures';
import { BOOKING_RULE_COLLECTIONS, bookingRules } from './offer';
import { readMarked } from '../core/marked-cache';
import { keepJson } from '../core/json-cache';

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

/** One day of the plan: the day's head and its slots with their start instants. */
interface PlanDay {
  head: Omit<SlotDay, 'slots'>;
  slots: (Slot & { at: number })[];
}

/**
 * The slots of one Beijing day's ask before the time-of-day cut: the same for every call of that
 * day until the rules, closures or counters change. `byCut` keeps the answer (as kept JSON) for
 * each number of slots the cut has removed so far, so a call costs a binary search.
 */
interface SlotPlan {
  days: PlanDay[];
  /** Every slot's start instant, in order (days ascending, slots ascending). */
  starts: number[];
  horizonEnd: string;
  minLeadMinutes: number;
  rules: SlotRules;
  byCut: Map<number, SlotDay[]>;
}

/** What a slot plan is read from; a write to any of them makes the next call build it again. */
const PLAN_COLLECTIONS = [...BOOKING_RULE_COLLECTIONS, 'appointmentSlots'] as const;

async function planSlots(ctx: Ctx, input: { date?: string; from?: string; to?: string }): Promise<SlotPlan> {
  const { settings, calendar } = await bookingRules(ctx.store);
  const today = toBeijingDate(ctx.now);
  const last = horizonEnd(ctx.now, settings.horizonDays);
  const plan: SlotPlan = { days: [], starts: [], horizonEnd: last, minLeadMinutes: settings.minLeadMinutes, rules: settings, byCut: new Map() };
  const [from, to] = window(input, today, last);
  if (from > to) return plan;
  const [closed, counters] = await Promise.all([closuresBetween(ctx.store, from, to), countersBetween(ctx, from, to)]);
  const counterOf = new Map(counters.map((c) => [c._id, c]));
  for (const date of daysFrom(from, to)) {
    const slots = daySlots(date, ctx.now, calendar, settings, closed);
    if (slots.length === 0) continue;
    const info = calendar.dayInfo(date);
    plan.days.push({
      head: { date, weekday: weekdayOf(date), reason: info.reason as SlotDay['reason'], provisional: info.provisional },
      slots: slots.map((s) => {
        const c = counterOf.get(`slot:${date}:${s.start}`);
        const capacity = slotCapacity(settings.capacityPerSlot, c?.withdrawn ?? 0);
        plan.starts.push(s.at);
        return { start: s.start, end: s.end, capacity, left: Math.max(0, capacity - (c?.booked ?? 0)), at: s.at };
      }),
    });
  }
  return plan;
}

/** How many of the plan's slots start before `cutoff` (they are no longer offered). */
function cutIndex(starts: number[], cutoff: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < cutoff) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The plan's days without their first `cut` slots (emptied days left out), kept as JSON. */
function daysAfterCut(plan: SlotPlan, cut: number): SlotDay[] {
  const kept = plan.byCut.get(cut);
  if (kept) return kept;
  const out: SlotDay[] = [];
  let skip = cut;
  for (const day of plan.days) {
    const slots = day.slots.slice(Math.min(skip, day.slots.length)).map(({ at: _at, ...slot }) => Object.freeze(slot));
    skip = Math.max(0, skip - day.slots.length);
    if (slots.length > 0) out.push(Object.freeze({ ...day.head, slots: Object.freeze(slots) as Slot[] }));
  }
  plan.byCut.set(cut, keepJson(out));
  return out;
}

/**
 * The bookable days and their slots: working days only (调休 Saturdays included), within the
 * horizon, inside office hours without lunch, past and too-soon slots left out; each slot with
 * its capacity and places left (full ones stay listed with `left: 0`). Days without any offered
 * slot are left out. One query reads every counter of the range (the `(date, start)` index).
 * The residents' most-read call: the day's plan (rules, closures, counters, the days' slots) is
 * kept while the store's change marks say its collections did not change (embedded store; see
 * marked-cache.ts), and the time-of-day cut ({@link offerCutoff}, the same as booking's) picks
 * a kept answer, so a call that follows no write serializes nothing.
 *
 * @example await listSlots(ctx, { date: '2026-12-01' }) // { days: [{ date: '2026-12-01', slots: [{ start: '09:00', left: 2, … }] }], … }
 */
export async function listSlots(ctx: Ctx, input: { date?: string; from?: string; to?: string }): Promise<SlotsResult> {
  const key = `slots:plan:${toBeijingDate(ctx.now)}:${input.date ?? ''}:${input.from ?? ''}:${input.to ?? ''}`;
  const plan = await readMarked(ctx.store, PLAN_COLLECTIONS, key, () => planSlots(ctx, input));
  const days = daysAfterCut(plan, cutIndex(plan.starts, offerCutoff(ctx.now, plan.rules)));
  return { days, horizonEnd: plan.horizonEnd, minLeadMinutes: plan.minLeadMinutes, serverNow: ctx.now };
}
