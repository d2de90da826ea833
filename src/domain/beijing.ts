/**
 * Beijing time (UTC+8, no daylight saving) on epoch milliseconds and 'YYYY-MM-DD' day strings.
 * Only UTC getters are used, shifted by +8 h, so the answers never depend on the machine's zone.
 */

const OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;
const HM = /^(\d{1,2}):(\d{2})$/;

/**
 * True if `s` is a real calendar day written 'YYYY-MM-DD'.
 * @example isYmd('2026-02-29') // false
 */
export function isYmd(s: string): boolean {
  const m = YMD.exec(s);
  if (!m) return false;
  const [year, month, day] = [+m[1], +m[2], +m[3]];
  // years 0000–0099 are not accepted (Date.UTC reads them as 1900–1999; kept as it always was)
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** Days of a month of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** UTC midnight of a Beijing day, used only as a day counter. Throws RangeError on a bad day. */
function dayStart(ymd: string): number {
  if (!isYmd(ymd)) throw new RangeError(`not a YYYY-MM-DD day: ${ymd}`);
  return Date.UTC(+ymd.slice(0, 4), +ymd.slice(5, 7) - 1, +ymd.slice(8, 10));
}

/**
 * Minutes after midnight of an 'HH:mm' time. Throws RangeError on a bad time.
 * @example parseHm('13:30') // 810
 */
export function parseHm(hm: string): number {
  const m = HM.exec(hm);
  if (!m || +m[1] > 24 || +m[2] > 59 || (+m[1] === 24 && +m[2] > 0)) throw new RangeError(`not an HH:mm time: ${hm}`);
  return +m[1] * 60 + +m[2];
}

/**
 * The Beijing day of an instant.
 * @example toBeijingDate(Date.parse('2025-09-30T16:30:00Z')) // '2025-10-01'
 */
export function toBeijingDate(ms: number): string {
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * Minutes since Beijing midnight of an instant (0–1439).
 * @example beijingMinuteOfDay(Date.parse('2026-10-10T10:00:00+08:00')) // 600
 */
export function beijingMinuteOfDay(ms: number): number {
  const inDay = (((ms + OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS;
  return Math.floor(inDay / 60000);
}

/**
 * The instant of a Beijing wall-clock time on a Beijing day.
 * @example beijingInstant('2026-10-08', '09:00') === Date.parse('2026-10-08T09:00:00+08:00') // true
 */
export function beijingInstant(ymd: string, hm: string): number {
  return dayStart(ymd) + parseHm(hm) * 60000 - OFFSET_MS;
}

/**
 * The day `n` calendar days after `ymd` (before it if n < 0).
 * @example addCalendarDays('2025-12-31', 1) // '2026-01-01'
 */
export function addCalendarDays(ymd: string, n: number): string {
  return new Date(dayStart(ymd) + n * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Calendar days from `from` to `to` (negative if `to` is earlier).
 * @example daysBetween('2026-02-13', '2026-02-25') // 12
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayStart(to) - dayStart(from)) / DAY_MS);
}

/**
 * Day of the week, 0 = Sunday … 6 = Saturday.
 * @example weekdayOf('2025-10-11') // 6
 */
export function weekdayOf(ymd: string): number {
  return new Date(dayStart(ymd)).getUTCDay();
}

/**
 * The Gregorian year of a day.
 * @example yearOf('2027-10-01') // 2027
 */
export function yearOf(ymd: string): number {
  dayStart(ymd);
  return +ymd.slice(0, 4);
}
