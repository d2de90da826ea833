import { addCalendarDays } from '../../../../../domain/beijing';
import { dayTitle, timeText } from './text';

/** Times a home visit usually starts (inside office hours). */
export const VISIT_TIMES = ['09:00', '09:30', '10:00', '10:30', '11:00', '14:00', '14:30', '15:00', '15:30', '16:00'];

/** Edges of a 外出办案 period. */
export const ABSENCE_TIMES = ['09:00', '10:00', '11:00', '12:00', '13:30', '14:00', '15:00', '16:00', '17:00'];

/**
 * Chip options for times.
 * @example timeOptions(['09:00']) // [{ value: '09:00', label: '9:00' }]
 */
export function timeOptions(times: string[]): { value: string; label: string }[] {
  return times.map((t) => ({ value: t, label: timeText(t) }));
}

/**
 * Chip options for days: the next `count` working days from `from` plus the resident's preferred
 * days (marked 「希望」), without repeats, in date order.
 * @example dayOptions(['2026-11-30'], '2026-11-27', 2, '2026-11-26', (d) => weekdayOf(d) % 6 !== 0).map((o) => o.label)
 * // ['明天11月27日（周五）', '11月30日（周一）·希望']
 */
export function dayOptions(
  preferred: string[], from: string, count: number, today: string, isWorking: (ymd: string) => boolean = () => true,
): { value: string; label: string }[] {
  const days = new Set(preferred.filter((d) => d >= today));
  for (let i = 0, found = 0; found < count && i < count * 4; i += 1) {
    const d = addCalendarDays(from, i);
    if (isWorking(d)) { days.add(d); found += 1; }
  }
  return [...days].sort().map((d) => ({
    value: d,
    label: dayTitle(d, today).replace(/^(今天|明天|昨天) /, '$1') + (preferred.includes(d) ? '·希望' : ''),
  }));
}
