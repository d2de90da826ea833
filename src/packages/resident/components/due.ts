import { toBeijingDate } from '../../../domain/beijing';
import type { Calendar } from '../../../domain/calendar';
import { formatMonthDay } from '../../../ui/dates';

/**
 * The day an answer promised within `days` working days is due, counted from the day the matter
 * was received (that day not counted, weekends and holidays skipped), in words.
 * @example answerByLine(Date.parse('2026-11-26T10:00:00+08:00'), calendar, 5)
 * // '按今天收到计算，最晚 12月3日（周四）前答复您'
 */
export function answerByLine(receivedAt: number, calendar: Calendar, days = 5): string {
  const due = calendar.addWorkingDays(toBeijingDate(receivedAt), days);
  return `按今天收到计算，最晚 ${formatMonthDay(due)}前答复您`;
}
