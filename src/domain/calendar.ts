/**
 * The working-day calendar, in layers (the first that speaks about a day wins):
 * 1. the admin's overrides;
 * 2. a State Council notice the admin entered for that year (the whole year's arrangement);
 * 3. the notices bundled in `chinese-days` (2004–2026), read as a table;
 * 4. for a year without any notice, the statutory days of 《全国年节及纪念日放假办法》 (2024
 *    amendment) — certain days off — and Monday–Friday otherwise, flagged provisional (补假 and
 *    调休 are unknown until the notice), never silently.
 */
import type { CalendarOverride } from '../shared/content';
import type { HolidayNotice, NoticeDay } from '../shared/calendar';
import { addCalendarDays, isYmd, weekdayOf, yearOf } from './beijing';
import { OFFICIAL_DATA_VERSION, officialDay, officialYears } from './calendar/official';
import { STATUTE_VERSION, statutoryDayName } from './calendar/statute';
import { calendarVersion } from './calendar/version';

export type DayReason = 'weekday' | 'weekend' | 'holiday' | 'adjustedWorkday' | 'overrideWorking' | 'overrideOff';

export interface DayInfo {
  date: string;
  working: boolean;
  reason: DayReason;
  /** 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节 — on a holiday, or the holiday an adjusted working day belongs to. */
  holidayName?: string;
  /** The year's official notice is not in the data (nor declared by the admin). */
  provisional: boolean;
  /** The admin's note on an override. */
  note?: string;
  /** A day off by law (放假办法) in a year whose notice is not out yet. */
  statutory?: boolean;
}

export interface Calendar {
  /** Changes whenever the data, the overrides or the declared official years change. */
  version: string;
  isWorkingDay(ymd: string): boolean;
  isProvisional(ymd: string): boolean;
  dayInfo(ymd: string): DayInfo;
  /** The day `n` working days after `ymd`; the day itself is not counted (民法典 第201条). n < 0 counts back. */
  addWorkingDays(ymd: string, n: number): string;
  /** First working day strictly after `ymd`. */
  nextWorkingDay(ymd: string): string;
  /** Last working day strictly before `ymd`. */
  previousWorkingDay(ymd: string): string;
  /** Working days d with from < d ≤ to (0 if to ≤ from). */
  countWorkingDays(from: string, to: string): number;
}

export interface CalendarOptions {
  /** Years whose official notice the admin has entered as overrides (no longer provisional). */
  officialYears?: number[];
  /** State Council notices the admin entered, one per year; each replaces the bundled data of its year. */
  notices?: HolidayNotice[];
}

/** No real run of days off is this long; a longer search means the overrides are broken. */
const MAX_SEARCH_DAYS = 370;

const TABLE_YEARS = new Set(officialYears());

/** Day info from an entered notice, the bundled data, the statute and the weekday, before overrides. */
function baseInfo(ymd: string, provisional: boolean, notices: Map<number, Map<string, NoticeDay>>): DayInfo {
  const notice = notices.get(yearOf(ymd));
  const entered = notice?.get(ymd);
  const official = notice ? (entered && { kind: entered.off ? 'holiday' : 'adjustedWorkday', name: entered.name }) : officialDay(ymd);
  if (official?.kind === 'adjustedWorkday') return { date: ymd, working: true, reason: 'adjustedWorkday', holidayName: official.name, provisional };
  if (official?.kind === 'holiday') return { date: ymd, working: false, reason: 'holiday', holidayName: official.name, provisional };
  const statutory = notice || TABLE_YEARS.has(yearOf(ymd)) ? undefined : statutoryDayName(ymd);
  if (statutory) return { date: ymd, working: false, reason: 'holiday', holidayName: statutory, provisional, statutory: true };
  const weekday = weekdayOf(ymd);
  const weekend = weekday === 0 || weekday === 6;
  return { date: ymd, working: !weekend, reason: weekend ? 'weekend' : 'weekday', provisional };
}

/** Entered notices by year and day; throws RangeError on a day outside its year or a year entered twice. */
function indexNotices(notices: HolidayNotice[]): Map<number, Map<string, NoticeDay>> {
  const byYear = new Map<number, Map<string, NoticeDay>>();
  for (const n of notices) {
    if (byYear.has(n.year)) throw new RangeError(`holiday notice repeated for ${n.year}`);
    const days = new Map<string, NoticeDay>();
    for (const d of n.days) {
      if (!isYmd(d.date) || yearOf(d.date) !== n.year) throw new RangeError(`notice ${n.year} has a day outside its year: ${d.date}`);
      days.set(d.date, d);
    }
    byYear.set(n.year, days);
  }
  return byYear;
}

/** Overrides by date; throws RangeError on a malformed or repeated date. */
function indexOverrides(overrides: CalendarOverride[]): Map<string, CalendarOverride> {
  const byDate = new Map<string, CalendarOverride>();
  for (const o of overrides) {
    if (!isYmd(o.date)) throw new RangeError(`calendar override has a bad date: ${o.date}`);
    if (byDate.has(o.date)) throw new RangeError(`calendar override repeated for ${o.date}`);
    byDate.set(o.date, o);
  }
  return byDate;
}

/**
 * Builds the calendar. Admin overrides take precedence over the official data.
 * @example
 * const cal = createCalendar([{ date: '2026-12-31', working: false, note: '站内盘点' }]);
 * cal.addWorkingDays('2025-09-30', 5); // '2025-10-14'
 * cal.isWorkingDay('2026-12-31'); // false
 * cal.isProvisional('2027-10-01'); // true
 * cal.isWorkingDay('2027-10-01'); // false: 国庆节 by law, before the 2027 notice
 */
export function createCalendar(overrides: CalendarOverride[] = [], options: CalendarOptions = {}): Calendar {
  const byDate = indexOverrides(overrides);
  const notices = indexNotices(options.notices ?? []);
  const official = new Set([...TABLE_YEARS, ...(options.officialYears ?? []), ...notices.keys()]);
  const isProvisional = (ymd: string) => !official.has(yearOf(ymd));

  const dayInfo = (ymd: string): DayInfo => {
    const base = baseInfo(ymd, isProvisional(ymd), notices);
    const o = byDate.get(ymd);
    if (!o) return base;
    const info: DayInfo = { ...base, working: o.working, reason: o.working ? 'overrideWorking' : 'overrideOff' };
    if (o.note) info.note = o.note;
    return info;
  };
  const isWorkingDay = (ymd: string) => dayInfo(ymd).working;

  const step = (ymd: string, dir: 1 | -1): string => {
    let d = ymd;
    for (let i = 0; i < MAX_SEARCH_DAYS; i++) {
      d = addCalendarDays(d, dir);
      if (isWorkingDay(d)) return d;
    }
    throw new RangeError(`no working day within ${MAX_SEARCH_DAYS} days of ${ymd}`);
  };

  const addWorkingDays = (ymd: string, n: number): string => {
    if (!Number.isInteger(n)) throw new RangeError(`working days must be a whole number: ${n}`);
    let d = addCalendarDays(ymd, 0); // validates ymd, also when n is 0
    for (let i = 0; i < Math.abs(n); i++) d = step(d, n > 0 ? 1 : -1);
    return d;
  };

  const countWorkingDays = (from: string, to: string): number => {
    let count = 0;
    for (let d = addCalendarDays(from, 1); d <= to; d = addCalendarDays(d, 1)) if (isWorkingDay(d)) count++;
    return count;
  };

  return {
    version: calendarVersion(`${OFFICIAL_DATA_VERSION}+${STATUTE_VERSION}`, overrides, options.officialYears ?? [], options.notices ?? []),
    isWorkingDay,
    isProvisional,
    dayInfo,
    addWorkingDays,
    nextWorkingDay: (ymd) => step(ymd, 1),
    previousWorkingDay: (ymd) => step(ymd, -1),
    countWorkingDays,
  };
}
