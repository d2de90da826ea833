import { beijingMinuteOfDay, toBeijingDate } from '../../../../domain/beijing';
import { formatMonthDay } from '../../../../ui/dates';

/**
 * An instant the way staff read it, in Beijing time.
 * @example formatDue(Date.parse('2026-11-30T17:00:00+08:00')) // '11月30日（周一）17:00'
 */
export function formatDue(ms: number): string {
  const m = beijingMinuteOfDay(ms);
  return `${formatMonthDay(toBeijingDate(ms))}${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
