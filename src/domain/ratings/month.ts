import { toBeijingDate } from '../beijing';

/**
 * The Beijing month an instant falls in.
 * @example monthOf(Date.parse('2026-10-31T16:30:00Z')) // '2026-11' (00:30 on 1 Nov in Beijing)
 */
export function monthOf(ms: number): string {
  return toBeijingDate(ms).slice(0, 7);
}

/**
 * The month before `month`.
 * @example previousMonth('2027-01') // '2026-12'
 */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * True for a real 'YYYY-MM' between 2000 and 2099.
 * @example isMonth('2026-13') // false
 */
export function isMonth(value: string): boolean {
  const m = /^(20\d\d)-(\d\d)$/.exec(value);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}
