/**
 * Deadline clocks (issue 3): when a time limit counted from a receipt falls due, and when to warn.
 * Counting follows 民法典 第201条 (the day of receipt is not counted) and 第203条 (a last day
 * that is not a working day moves to the next working day; with business hours, the period
 * ends when business stops — the closing time). Time waiting for the resident (补充材料) is
 * not counted (法律援助法 第43条).
 */
import { addCalendarDays, beijingInstant, beijingMinuteOfDay, daysBetween, parseHm, toBeijingDate, yearOf } from './beijing';
import type { Calendar } from './calendar';

export type ClockRule = { kind: 'workingDays'; days: number } | { kind: 'calendarDays'; days: number } | { kind: 'sameWorkingDay' };

/** Epoch ms; an open pause has no `to`. */
export interface Pause {
  from: number;
  to?: number;
}

export type WarnBefore = { workingDays: number } | { minutes: number };

export interface ClockOptions {
  pauses?: Pause[];
  warnBefore?: WarnBefore;
  /** 'HH:mm' Beijing, default '17:00'. */
  closingTime?: string;
}

export interface ClockResult {
  /** null while a pause is open. */
  dueAt: number | null;
  warnAt: number | null;
  /** Some day the computation touched lies in a year without an official notice. */
  provisional: boolean;
  calendarVersion: string;
}

const DEFAULT_CLOSING = '17:00';

/**
 * The closing instant (end of business) of a Beijing day.
 * @example closingInstant('2025-10-14') === Date.parse('2025-10-14T17:00:00+08:00') // true
 */
export function closingInstant(ymd: string, closingTime: string = DEFAULT_CLOSING): number {
  return beijingInstant(ymd, closingTime);
}

/**
 * The working day a same-day clock started at `ms` ends on: that day if it is a working day and
 * `ms` is before closing time, otherwise the next working day.
 * @example sameWorkingDayOf(Date.parse('2026-11-26T17:30:00+08:00'), createCalendar()) // '2026-11-27'
 */
export function sameWorkingDayOf(ms: number, calendar: Calendar, closingTime: string = DEFAULT_CLOSING): string {
  const day = toBeijingDate(ms);
  const beforeClose = beijingMinuteOfDay(ms) < parseHm(closingTime);
  return calendar.isWorkingDay(day) && beforeClose ? day : calendar.nextWorkingDay(day);
}

/**
 * Closed pauses clamped to start no earlier than `startedAtMs`, empty ones dropped, overlaps merged.
 * @example mergePauses([{ from: 5, to: 9 }, { from: 8, to: 12 }], 0) // [{ from: 5, to: 12 }]
 */
export function mergePauses(pauses: Pause[], startedAtMs: number): { from: number; to: number }[] {
  const spans = pauses
    .filter((p): p is { from: number; to: number } => p.to !== undefined)
    .map((p) => ({ from: Math.max(p.from, startedAtMs), to: p.to }))
    .filter((p) => p.to > p.from)
    .sort((a, b) => a.from - b.from);
  const merged: { from: number; to: number }[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.from <= last.to) last.to = Math.max(last.to, s.to);
    else merged.push({ ...s });
  }
  return merged;
}

/**
 * How far closed pauses push a clock, in the clock's unit. Each pause counts the days d with
 * pauseDay < d ≤ resumeDay (Beijing days; the day a pause starts is not counted, like the day
 * of receipt): working days for working-day and same-day clocks, calendar days for calendar
 * clocks. A pause that starts and ends on the same day counts 0.
 * @example
 * const fri = Date.parse('2026-11-27T10:00:00+08:00'), mon = Date.parse('2026-11-30T10:00:00+08:00');
 * pausedSpan({ kind: 'workingDays', days: 5 }, [{ from: fri, to: mon }], createCalendar()); // 1
 * pausedSpan({ kind: 'calendarDays', days: 7 }, [{ from: fri, to: mon }], createCalendar()); // 3
 */
export function pausedSpan(rule: ClockRule, pauses: { from: number; to: number }[], calendar: Calendar): number {
  return pauses.reduce((sum, p) => {
    const [a, b] = [toBeijingDate(p.from), toBeijingDate(p.to)];
    return sum + (rule.kind === 'calendarDays' ? daysBetween(a, b) : calendar.countWorkingDays(a, b));
  }, 0);
}

/** The due day of a rule from the receipt day, with `extra` paused units added. */
function dueDayOf(rule: ClockRule, startedAtMs: number, extra: number, calendar: Calendar, closing: string): string {
  const receipt = toBeijingDate(startedAtMs);
  if (rule.kind === 'sameWorkingDay') return calendar.addWorkingDays(sameWorkingDayOf(startedAtMs, calendar, closing), extra);
  if (!Number.isInteger(rule.days) || rule.days < 0) throw new RangeError(`clock days must be a whole number ≥ 0: ${rule.days}`);
  if (rule.kind === 'workingDays') return calendar.addWorkingDays(receipt, rule.days + extra);
  const last = addCalendarDays(receipt, rule.days + extra);
  return calendar.isWorkingDay(last) ? last : calendar.nextWorkingDay(last);
}

/** Warning instant before `dueAt`, never before `notBefore`. */
function warnInstant(dueDay: string, dueAt: number, warn: WarnBefore, calendar: Calendar, closing: string, notBefore: number): number {
  const n = 'workingDays' in warn ? warn.workingDays : warn.minutes;
  if (!Number.isFinite(n) || n < 0) throw new RangeError(`warnBefore must be ≥ 0: ${n}`);
  const at = 'workingDays' in warn ? closingInstant(calendar.addWorkingDays(dueDay, -Math.round(n)), closing) : dueAt - n * 60000;
  return Math.max(at, notBefore);
}

/** True if any year from `from` to `to` (Beijing days) is provisional. */
function anyProvisional(from: string, to: string, calendar: Calendar): boolean {
  for (let y = yearOf(from); y <= yearOf(to); y++) if (calendar.isProvisional(`${y}-01-01`)) return true;
  return false;
}

/**
 * Computes a clock's due and warning instants.
 *
 * - `workingDays` N: closing time of `calendar.addWorkingDays(receiptDay, N)`.
 * - `calendarDays` N: the Nth calendar day after the receipt day, moved to the next working day
 *   if it is not one, at closing time.
 * - `sameWorkingDay`: closing time of the receipt day if it is a working day and receipt is
 *   before closing; otherwise closing time of the next working day.
 *
 * Pauses: while any pause is open, `dueAt` and `warnAt` are null. Closed pauses (clamped to the
 * start, overlaps merged) move the due later by {@link pausedSpan}; after the last resumption
 * the clock always leaves at least that resumption's same-working-day closing time.
 * Warning: default one working day before (closing time of the previous working day) for
 * `workingDays`/`calendarDays`, 120 minutes before for `sameWorkingDay`; never earlier than
 * the start or the last resumption.
 * @example
 * computeClock({ kind: 'workingDays', days: 5 }, Date.parse('2025-09-30T10:00:00+08:00'), createCalendar())
 * // { dueAt: 2025-10-14 17:00 +08, warnAt: 2025-10-13 17:00 +08, provisional: false, calendarVersion: 'cd1.5.7-…' }
 */
export function computeClock(rule: ClockRule, startedAtMs: number, calendar: Calendar, opts: ClockOptions = {}): ClockResult {
  const closing = opts.closingTime ?? DEFAULT_CLOSING;
  parseHm(closing);
  const receipt = toBeijingDate(startedAtMs);
  const pauses = opts.pauses ?? [];
  const open = pauses.filter((p) => p.to === undefined);
  if (open.length > 0) {
    const latest = toBeijingDate(Math.max(startedAtMs, ...open.map((p) => p.from)));
    return { dueAt: null, warnAt: null, provisional: anyProvisional(receipt, latest, calendar), calendarVersion: calendar.version };
  }
  const closed = mergePauses(pauses, startedAtMs);
  const lastResume = closed.length > 0 ? closed[closed.length - 1].to : startedAtMs;
  let dueDay = dueDayOf(rule, startedAtMs, pausedSpan(rule, closed, calendar), calendar, closing);
  const floor = sameWorkingDayOf(lastResume, calendar, closing);
  if (floor > dueDay) dueDay = floor;
  const dueAt = closingInstant(dueDay, closing);
  const warn = opts.warnBefore ?? (rule.kind === 'sameWorkingDay' ? { minutes: 120 } : { workingDays: 1 });
  const warnAt = warnInstant(dueDay, dueAt, warn, calendar, closing, Math.max(startedAtMs, lastResume));
  return { dueAt, warnAt, provisional: anyProvisional(receipt, dueDay, calendar), calendarVersion: calendar.version };
}
