/**
 * Upcoming holiday closures for the notice board: runs of consecutive days off that contain a
 * holiday (plain weekends are left out), with the weekend days worked in exchange (调休上班).
 */
import { addCalendarDays, daysBetween, weekdayOf } from '../beijing';
import type { Calendar, DayInfo } from '../calendar';

export interface Closure {
  /** 国庆节, or 国庆节、中秋节 when a run holds two holidays. */
  name: string;
  from: string;
  to: string;
  /** Weekend days worked in exchange for this holiday (调休上班), in order. */
  adjustedWorkdays: string[];
  /** Some day of the run lies in a year without an official notice. */
  provisional: boolean;
}

/** How far around a run to look for its adjusted working days, and to extend a run at the edges. */
const NEAR_DAYS = 14;

const isHolidayDay = (d: DayInfo) => !d.working && (d.reason === 'holiday' || d.reason === 'overrideOff');
const isAdjustedWorkday = (d: DayInfo) =>
  d.working && (d.reason === 'adjustedWorkday' || (d.reason === 'overrideWorking' && [0, 6].includes(weekdayOf(d.date))));

/** The run of days off around `ymd` (which must be a day off), extended up to NEAR_DAYS each way. */
function runAround(ymd: string, calendar: Calendar): DayInfo[] {
  let from = ymd;
  for (let i = 0; i < NEAR_DAYS && !calendar.isWorkingDay(addCalendarDays(from, -1)); i++) from = addCalendarDays(from, -1);
  const run: DayInfo[] = [];
  for (let d = from; !calendar.isWorkingDay(d) && run.length < 2 * NEAR_DAYS + 1; d = addCalendarDays(d, 1)) run.push(calendar.dayInfo(d));
  return run;
}

function nameOf(run: DayInfo[]): string {
  const names = run.filter(isHolidayDay).map((d) => d.holidayName ?? d.note ?? '休息');
  return [...new Set(names)].join('、');
}

/** Attach each adjusted working day to the run it is named for; an unnamed one to the nearest run. */
function attachWorkdays(closures: Closure[], calendar: Calendar): void {
  if (closures.length === 0) return;
  const start = addCalendarDays(closures[0].from, -NEAR_DAYS);
  const end = addCalendarDays(closures[closures.length - 1].to, NEAR_DAYS);
  for (let d = start; d <= end; d = addCalendarDays(d, 1)) {
    const info = calendar.dayInfo(d);
    if (!isAdjustedWorkday(info)) continue;
    const distance = (c: Closure) => Math.max(daysBetween(d, c.from), daysBetween(c.to, d));
    const label = info.holidayName ?? info.note ?? '';
    const near = closures.filter((c) => distance(c) <= NEAR_DAYS);
    const named = near.filter((c) => label !== '' && c.name.split('、').some((n) => label.includes(n)));
    // A day the notice names (holidayName) only goes to that holiday; an unnamed override may go to the nearest run.
    const candidates = info.holidayName || named.length > 0 ? named : near;
    const pick = candidates.sort((a, b) => distance(a) - distance(b))[0];
    pick?.adjustedWorkdays.push(d);
  }
}

/**
 * Holiday closures touching the `days` days from `fromYmd` (a run already under way on
 * `fromYmd` is reported from its real first day).
 * @example
 * upcomingClosures('2026-09-15', createCalendar(), 30)
 * // [{ name: '中秋节', from: '2026-09-25', to: '2026-09-27', adjustedWorkdays: [], provisional: false },
 * //  { name: '国庆节', from: '2026-10-01', to: '2026-10-07', adjustedWorkdays: ['2026-09-20', '2026-10-10'], provisional: false }]
 */
export function upcomingClosures(fromYmd: string, calendar: Calendar, days = 60): Closure[] {
  const closures: Closure[] = [];
  const last = addCalendarDays(fromYmd, days - 1);
  for (let d = fromYmd; d <= last; d = addCalendarDays(d, 1)) {
    if (calendar.isWorkingDay(d)) continue;
    const run = runAround(d, calendar);
    const to = run[run.length - 1].date;
    if (run.some(isHolidayDay)) {
      closures.push({ name: nameOf(run), from: run[0].date, to, adjustedWorkdays: [], provisional: run.some((x) => x.provisional) });
    }
    d = to;
  }
  attachWorkdays(closures, calendar);
  return closures;
}
