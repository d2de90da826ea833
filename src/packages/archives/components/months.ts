import { toBeijingDate } from '../../../domain/beijing';

/**
 * The month before the Beijing month of `now` — the one the first week's task files.
 * @example lastMonth(Date.parse('2027-01-04T09:00:00+08:00')) // '2026-12'
 */
export function lastMonth(now: number): string {
  const [y, m] = toBeijingDate(now).slice(0, 7).split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** @example monthWords('2026-11') // '2026年11月' */
export const monthWords = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;

/**
 * The half year before the Beijing half of `now` — the one January's and July's first week hand over.
 * @example lastHalf(Date.parse('2027-01-04T09:00:00+08:00')) // '2026-H2'
 * @example lastHalf(Date.parse('2026-07-06T09:00:00+08:00')) // '2026-H1'
 */
export function lastHalf(now: number): string {
  const [y, m] = toBeijingDate(now).slice(0, 7).split('-').map(Number);
  return m <= 6 ? `${y - 1}-H2` : `${y}-H1`;
}
