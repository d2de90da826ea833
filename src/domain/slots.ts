/**
 * Appointment slots (issue 4): office sessions (rule 一(四)1, lunch excluded) cut into slots of
 * `slotMinutes`, offered on working days (调休 Saturdays included) within the booking horizon,
 * never in the past nor sooner than `minLeadMinutes` from now. Pure: `now` and the calendar
 * are inputs.
 */
import { addCalendarDays, beijingInstant, daysBetween, parseHm, toBeijingDate } from './beijing';
import type { Calendar } from './calendar';
import { DEFAULT_HOURS, type OfficeHours } from './hours';
import { hm, overlaps, rangeOf, split, type MinuteRange } from './ranges';

export interface SlotRules {
  slotMinutes: number;
  horizonDays: number;
  minLeadMinutes: number;
}

export interface SlotTime {
  start: string;
  end: string;
}

/** Why a slot cannot be booked; `field` is the input to blame. */
export interface SlotRefusal {
  reason: 'notASlot' | 'past' | 'beyondHorizon' | 'dayOff' | 'closed' | 'tooSoon';
  field: 'date' | 'start';
  message: string;
}

/**
 * The slots of any working day: each session split into `slotMinutes` pieces.
 * @example slotGrid(30).map((s) => s.start) // ['09:00', …, '11:30', '13:30', …, '16:30']
 */
export function slotGrid(slotMinutes: number, hours: OfficeHours = DEFAULT_HOURS): SlotTime[] {
  return gridMinutes(slotMinutes, hours).map((s) => ({ start: s.start, end: s.end }));
}

interface GridSlot extends SlotTime {
  /** Minutes after Beijing midnight the slot starts. */
  from: number;
}

/** The grids built so far, by slot length and hours (a handful in any process); read-only. */
const grids = new Map<string, readonly GridSlot[]>();

/** The grid with each start in minutes, built once per (slotMinutes, hours). */
function gridMinutes(slotMinutes: number, hours: OfficeHours): readonly GridSlot[] {
  const key = `${slotMinutes}|${hours.sessions.map((s) => `${s.start}-${s.end}`).join(',')}`;
  let grid = grids.get(key);
  if (!grid) {
    const sessions: MinuteRange[] = hours.sessions.map((s) => rangeOf(s.start, s.end));
    grid = split(sessions, slotMinutes).map((r) => ({ start: hm(r.from), end: hm(r.to), from: r.from }));
    if (grids.size > 32) grids.clear();
    grids.set(key, grid);
  }
  return grid;
}

/**
 * The last day that can be booked: `horizonDays` calendar days after today (Beijing).
 * @example horizonEnd(Date.parse('2026-11-26T10:00:00+08:00'), 14) // '2026-12-10'
 */
export function horizonEnd(nowMs: number, horizonDays: number): string {
  return addCalendarDays(toBeijingDate(nowMs), horizonDays);
}

/**
 * Why `start` on `ymd` cannot be booked at `nowMs`, or null when it is offered.
 * @example
 * slotRefusal('2026-10-05', '09:00', at('2026-09-30T10:00'), createCalendar(), rules, new Map())?.reason // 'dayOff'
 */
export function slotRefusal(
  ymd: string, start: string, nowMs: number, calendar: Calendar, rules: SlotRules, closed: ReadonlyMap<string, string>, hours: OfficeHours = DEFAULT_HOURS,
): SlotRefusal | null {
  if (!gridMinutes(rules.slotMinutes, hours).some((s) => s.start === start)) {
    return { reason: 'notASlot', field: 'start', message: '没有这个预约时段，请从列表中选择' };
  }
  const startsAt = beijingInstant(ymd, start);
  if (startsAt <= nowMs) return { reason: 'past', field: 'start', message: '这个时段已经过去了，请选择其他时间' };
  if (daysBetween(horizonEnd(nowMs, rules.horizonDays), ymd) > 0) {
    return { reason: 'beyondHorizon', field: 'date', message: `只能预约 ${rules.horizonDays} 天以内的时段，请选择更近的日期` };
  }
  const day = calendar.dayInfo(ymd);
  if (!day.working) {
    const why = day.holidayName ? `${day.holidayName}放假` : '周末休息';
    return { reason: 'dayOff', field: 'date', message: `这一天工作站不办公（${day.note ?? why}），请选择其他日期` };
  }
  const closure = closed.get(ymd);
  if (closure !== undefined) return { reason: 'closed', field: 'date', message: `这一天暂停预约（${closure}），请选择其他日期` };
  if (startsAt < nowMs + rules.minLeadMinutes * 60000) {
    return { reason: 'tooSoon', field: 'start', message: `这个时段马上就到了，请至少提前 ${rules.minLeadMinutes} 分钟预约，或直接来站办理` };
  }
  return null;
}

/**
 * The earliest instant a slot may start to be offered at `nowMs`: later than now, and at least
 * `minLeadMinutes` ahead. {@link offeredSlots} keeps the slots starting at or after it.
 * @example offerCutoff(at('2026-10-09T10:00'), { ...rules, minLeadMinutes: 30 }) // at('2026-10-09T10:30')
 */
export function offerCutoff(nowMs: number, rules: SlotRules): number {
  return Math.max(nowMs + 1, nowMs + rules.minLeadMinutes * 60000);
}

/** A grid slot with the instant it starts (epoch ms). */
export interface TimedSlot extends SlotTime {
  at: number;
}

/**
 * Every grid slot of a day that the day itself allows (empty on a day off, a closed day, a past
 * day, beyond the horizon), with its start instant, before the time-of-day cut of
 * {@link offerCutoff}. Its answer is the same for every `nowMs` of one Beijing day, so a caller
 * may keep it for the day and cut it per call.
 * @example daySlots('2026-10-10', at('2026-10-09T10:00'), createCalendar(), rules, new Map()).length // 13
 */
export function daySlots(
  ymd: string, nowMs: number, calendar: Calendar, rules: SlotRules, closed: ReadonlyMap<string, string>, hours: OfficeHours = DEFAULT_HOURS,
): TimedSlot[] {
  const midnight = beijingInstant(ymd, '00:00');
  if (midnight + DAY_MS <= nowMs) return [];
  if (daysBetween(horizonEnd(nowMs, rules.horizonDays), ymd) > 0) return [];
  if (!calendar.dayInfo(ymd).working || closed.has(ymd)) return [];
  return gridMinutes(rules.slotMinutes, hours).map((s) => ({ start: s.start, end: s.end, at: midnight + s.from * 60000 }));
}

/**
 * The slots offered on one day at `nowMs` (empty on a day off, a closed day, beyond the horizon).
 * The same answer as asking {@link slotRefusal} of every grid slot, but the day's checks are made
 * once and each slot costs one comparison: the residents' most-read call lists weeks of slots.
 * @example offeredSlots('2026-10-10', at('2026-10-09T10:00'), createCalendar(), rules, new Map()).length // 13
 */
export function offeredSlots(
  ymd: string, nowMs: number, calendar: Calendar, rules: SlotRules, closed: ReadonlyMap<string, string>, hours: OfficeHours = DEFAULT_HOURS,
): SlotTime[] {
  const earliest = offerCutoff(nowMs, rules);
  return daySlots(ymd, nowMs, calendar, rules, closed, hours)
    .filter((s) => s.at >= earliest)
    .map((s) => ({ start: s.start, end: s.end }));
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Every day from `from` to `to` inclusive (at most 62, to keep one call small).
 * @example daysFrom('2026-11-29', '2026-12-01') // ['2026-11-29', '2026-11-30', '2026-12-01']
 */
export function daysFrom(from: string, to: string): string[] {
  const n = Math.min(daysBetween(from, to), 61);
  const out: string[] = [];
  for (let i = 0; i <= n; i++) out.push(addCalendarDays(from, i));
  return out;
}

/**
 * The grid slots that share a minute with [from, to) — the places an absence takes out.
 * @example slotsOverlapping(slotGrid(30), '10:15', '11:00').map((s) => s.start) // ['10:00', '10:30']
 */
export function slotsOverlapping(grid: SlotTime[], from: string, to: string): SlotTime[] {
  const cut = rangeOf(from, to);
  return grid.filter((s) => overlaps({ from: parseHm(s.start), to: parseHm(s.end) }, cut));
}

/**
 * Places of a slot once `withdrawn` staff are out (外出办案), never below 0.
 * @example slotCapacity(2, 1) // 1
 */
export function slotCapacity(capacityPerSlot: number, withdrawn: number): number {
  return Math.max(0, capacityPerSlot - withdrawn);
}

/**
 * The end of the slot starting at `start` on the grid, or null.
 * @example slotEnd(slotGrid(30), '13:30') // '14:00'
 */
export function slotEnd(grid: SlotTime[], start: string): string | null {
  return grid.find((s) => s.start === start)?.end ?? null;
}
