/**
 * The days off fixed by law, known before any yearly notice: 《全国年节及纪念日放假办法》 as
 * amended by the State Council on 2024-11-10 (in force 2025-01-01), 第二条 — 元旦 1月1日; 春节
 * 农历除夕、正月初一至初三; 清明节 the 清明 solar-term day; 劳动节 5月1日、2日; 端午节 农历五月初五;
 * 中秋节 农历八月十五; 国庆节 10月1日至3日. The yearly notice adds 补假 and 调休 around them; it
 * never takes one away.
 *
 * Lunar dates and the solar term come from `chinese-days` 1.5.7's own functions, used only in
 * ways that do not depend on the machine's time zone:
 * - `getLunarDate('YYYY-MM-DD')` counts days from its base by `getTime()` differences only, so
 *   its lunar month and day are the same in every zone (its `date` field is not: never read);
 * - `getSolarTermDate` computes the day arithmetically, then formats UTC midnight of that day
 *   with local getters (a day early behind UTC); {@link undoLocalFormat} reverses exactly that.
 */
import { getLunarDate, getSolarTermDate } from 'chinese-days';
import { addCalendarDays } from '../beijing';

/** One statutory day off. */
export interface StatutoryDay {
  date: string;
  /** 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节. */
  name: string;
}

/** The amendment in force from 2025; earlier years have their notices in the data. */
export const STATUTE_FROM_YEAR = 2025;

/** Part of every calendar version, so a change to this rule recomputes stored clocks. */
export const STATUTE_VERSION = 'law2024';

const pad = (n: number) => String(n).padStart(2, '0');
const ymdOf = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/**
 * The 'YYYY-MM-DD' a day was before `chinese-days` formatted its UTC midnight in local time:
 * the one candidate day whose UTC midnight, read with local getters, shows as `shown`.
 * @example undoLocalFormat('2027-04-04') // '2027-04-05' when TZ=America/New_York, '2027-04-04' in Beijing
 */
export function undoLocalFormat(shown: string): string {
  for (const delta of [0, 1, -1]) {
    const candidate = addCalendarDays(shown, delta);
    const [y, m, d] = candidate.split('-').map(Number);
    const t = new Date(Date.UTC(y, m - 1, d));
    if (ymdOf(t.getFullYear(), t.getMonth() + 1, t.getDate()) === shown) return candidate;
  }
  throw new RangeError(`cannot read the solar-term day ${shown}`);
}

/** The first day in [from, to] that is lunar `month`/`day` (not a leap month). */
function lunarDay(from: string, to: string, month: number, day: number): string {
  for (let d = from; d <= to; d = addCalendarDays(d, 1)) {
    const l = getLunarDate(d);
    if (!l.isLeap && l.lunarMon === month && l.lunarDay === day) return d;
  }
  throw new RangeError(`no lunar ${month}/${day} between ${from} and ${to}`);
}

/**
 * The 清明 solar-term day of a year.
 * @example qingmingOf(2027) // '2027-04-05'
 */
export function qingmingOf(year: number): string {
  return undoLocalFormat(getSolarTermDate(year, 4, 'pure_brightness'));
}

/**
 * 正月初一 of the lunar year that begins in Gregorian `year` (always between 1-21 and 2-20).
 * @example springFestivalOf(2027) // '2027-02-06'
 */
export function springFestivalOf(year: number): string {
  return lunarDay(`${year}-01-20`, `${year}-02-21`, 1, 1);
}

const cache = new Map<number, StatutoryDay[]>();

/** One entry per date: when two holidays meet (中秋 on 10-03 in 2028) the names are joined. */
function merged(days: StatutoryDay[]): StatutoryDay[] {
  const byDate = new Map<string, string[]>();
  for (const d of days) byDate.set(d.date, [...(byDate.get(d.date) ?? []), d.name]);
  return [...byDate].sort(([a], [b]) => a.localeCompare(b)).map(([date, names]) => ({ date, name: names.join('、') }));
}

/**
 * The statutory days off of a Gregorian year, in date order (13, or 12 when two meet); empty
 * before {@link STATUTE_FROM_YEAR} or past the lunar tables (2099).
 * @example statutoryDays(2027).map((d) => d.date).slice(0, 5)
 * // ['2027-01-01', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']  (除夕 is 02-05)
 */
export function statutoryDays(year: number): StatutoryDay[] {
  if (!Number.isInteger(year) || year < STATUTE_FROM_YEAR || year > 2099) return [];
  const hit = cache.get(year);
  if (hit) return hit;
  const chunjie = springFestivalOf(year);
  const days = merged([
    { date: ymdOf(year, 1, 1), name: '元旦' },
    ...[-1, 0, 1, 2].map((n) => ({ date: addCalendarDays(chunjie, n), name: '春节' })),
    { date: qingmingOf(year), name: '清明节' },
    { date: ymdOf(year, 5, 1), name: '劳动节' },
    { date: ymdOf(year, 5, 2), name: '劳动节' },
    { date: lunarDay(`${year}-05-20`, `${year}-06-30`, 5, 5), name: '端午节' },
    { date: lunarDay(`${year}-09-01`, `${year}-10-15`, 8, 15), name: '中秋节' },
    ...[1, 2, 3].map((d) => ({ date: ymdOf(year, 10, d), name: '国庆节' })),
  ]);
  cache.set(year, days);
  return days;
}

/**
 * The statutory holiday on a day, if any.
 * @example statutoryDayName('2027-02-05') // '春节' (除夕)
 */
export function statutoryDayName(ymd: string): string | undefined {
  return statutoryDays(+ymd.slice(0, 4)).find((d) => d.date === ymd)?.name;
}
