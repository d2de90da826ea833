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

/**
 * True for a letters filing period (rule 九(六)): a half year 'YYYY-H1' / 'YYYY-H2' or a year 'YYYY'.
 *
 * @example isLetterPeriod('2026-H1') // true
 * @example isLetterPeriod('2026-H3') // false
 */
export function isLetterPeriod(s: string): boolean {
  return /^20\d\d(-H[12])?$/.test(s);
}

/**
 * The epoch-ms range [from, to) of a letters period or half year, in Beijing time.
 *
 * @example periodRange('2026-H2') // [Date.parse('2026-07-01T00:00+08:00'), Date.parse('2027-01-01T00:00+08:00')]
 */
export function periodRange(period: string): [number, number] {
  const y = Number(period.slice(0, 4));
  const from = period.endsWith('-H2') ? `${y}-07-01` : `${y}-01-01`;
  const to = period.endsWith('-H1') ? `${y}-07-01` : `${y + 1}-01-01`;
  return [beijingInstant(from, '00:00'), beijingInstant(to, '00:00')];
}

/**
 * True when the period has ended at `now` (its volume may be built).
 *
 * @example periodEnded('2026-H2', Date.parse('2027-01-01T00:00+08:00')) // true
 */
export function periodEnded(period: string, now: number): boolean {
  return now >= periodRange(period)[1];
}

/**
 * The period words a person reads.
 *
 * @example periodWords('2026-H1') // '2026年上半年'
 * @example periodWords('2026') // '2026年'
 */
export function periodWords(period: string): string {
  const y = period.slice(0, 4);
  return period.endsWith('-H1') ? `${y}年上半年` : period.endsWith('-H2') ? `${y}年下半年` : `${y}年`;
}

/**
 * The half year whose volumes are handed over (送交统一保管, rule 九(五)) in the first week of
 * `month`: January hands over the last half of the year before, July the first half; other months none.
 *
 * @example handOverHalfOf('2027-01') // '2026-H2'
 * @example handOverHalfOf('2026-07') // '2026-H1'
 * @example handOverHalfOf('2026-03') // null
 */
export function handOverHalfOf(month: string): string | null {
  const y = Number(month.slice(0, 4));
  if (month.endsWith('-01')) return `${y - 1}-H2`;
  if (month.endsWith('-07')) return `${y}-H1`;
  return null;
}

/**
 * Every volume period that falls in a half year: its six months, the half itself (a half-yearly
 * letters volume) and, for the second half, the whole year (a yearly letters volume, filed at its end).
 *
 * @example periodsOfHalf('2026-H1') // ['2026-01', …, '2026-06', '2026-H1']
 * @example periodsOfHalf('2026-H2').slice(-2) // ['2026-H2', '2026']
 */
export function periodsOfHalf(half: string): string[] {
  const y = half.slice(0, 4);
  const first = half.endsWith('-H1') ? 1 : 7;
  const months = Array.from({ length: 6 }, (_, i) => `${y}-${String(first + i).padStart(2, '0')}`);
  return half.endsWith('-H1') ? [...months, half] : [...months, half, y];
}
