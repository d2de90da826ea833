import { addCalendarDays } from '../../../../domain/beijing';

/**
 * The month before or after a 'YYYY-MM'.
 * @example shiftMonth('2026-01', -1) // '2025-12'
 */
export function shiftMonth(month: string, by: number): string {
  const n = +month.slice(0, 4) * 12 + (+month.slice(5, 7) - 1) + by;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
}

/**
 * The Beijing days a range of months covers (first day of `from`, last day of `to`).
 * @example monthRange('2026-10', '2026-11') // { from: '2026-10-01', to: '2026-11-30' }
 */
export function monthRange(from: string, to: string): { from: string; to: string } {
  return { from: `${from}-01`, to: addCalendarDays(`${shiftMonth(to, 1)}-01`, -1) };
}

/**
 * 「2026年11月」.
 * @example monthText('2026-11') // '2026年11月'
 */
export function monthText(month: string): string {
  return `${+month.slice(0, 4)}年${+month.slice(5, 7)}月`;
}
