import { beijingInstant, toBeijingDate } from '../beijing';

/**
 * True for a real 'YYYY-MM' month between 2000 and 2099.
 *
 * @example isMonth('2026-11') // true
 * @example isMonth('2026-13') // false
 */
export function isMonth(s: string): boolean {
  return /^20\d\d-(0[1-9]|1[0-2])$/.test(s);
}

/**
 * The month after `month`.
 *
 * @example nextMonth('2026-12') // '2027-01'
 */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * The epoch-ms range [from, to) of a Beijing month.
 *
 * @example monthRange('2026-11') // [Date.parse('2026-11-01T00:00+08:00'), Date.parse('2026-12-01T00:00+08:00')]
 */
export function monthRange(month: string): [number, number] {
  return [beijingInstant(`${month}-01`, '00:00'), beijingInstant(`${nextMonth(month)}-01`, '00:00')];
}

/**
 * True when the Beijing month has ended at `now` (a volume of it may be built).
 *
 * @example monthEnded('2026-11', Date.parse('2026-12-01T00:00+08:00')) // true
 * @example monthEnded('2026-11', Date.parse('2026-11-30T23:59+08:00')) // false
 */
export function monthEnded(month: string, now: number): boolean {
  return toBeijingDate(now).slice(0, 7) > month;
}

/**
 * The half year (送交统一保管 period) a month falls in.
 *
 * @example halfYearOf('2026-08') // '2026-H2'
 */
export function halfYearOf(month: string): string {
  return `${month.slice(0, 4)}-H${Number(month.slice(5, 7)) <= 6 ? 1 : 2}`;
}
