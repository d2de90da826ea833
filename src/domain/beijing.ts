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
  const t = Date.UTC(+m[1], +m[2] - 1, +m[3]);
  return new Date(t).toISOString().slice(0, 10) === s;
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
