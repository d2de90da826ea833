import { toBeijingDate } from '../../../domain/beijing';
import type { Calendar } from '../../../domain/calendar';
import { answerDue } from '../../../domain/tickets/clocks';
import { provisionalNote } from '../../../shared/calendar';
import type { TicketType } from '../../../shared/tickets';
import { formatMonthDay } from '../../../ui/dates';

/** The promised answer day in words, and the flag when that day lies in a year without its notice. */
export interface AnswerPromiseText {
  /** 「按今天收到计算，最晚 12月3日（周四）前答复您」 */
  line: string;
  /** 「2027年节假日安排尚未公布，日期可能调整」, or '' */
  flag: string;
}

/**
 * The day the answer is promised, counted from the day the matter was received (that day not
 * counted, weekends and holidays skipped) by the same function the server starts the answer
 * clock with ({@link answerDue}), in words; null for praise.
 * @example answerPromiseText('complaint', Date.parse('2026-11-26T10:00:00+08:00'), calendar)
 * // { line: '按今天收到计算，最晚 12月3日（周四）前答复您', flag: '' }
 */
export function answerPromiseText(type: TicketType, receivedAt: number, calendar: Calendar): AnswerPromiseText | null {
  const due = answerDue(type, receivedAt, calendar);
  if (!due || due.dueAt === null) return null;
  const day = toBeijingDate(due.dueAt);
  const flagYear = calendar.isProvisional(day) ? +day.slice(0, 4) : +toBeijingDate(receivedAt).slice(0, 4);
  return { line: `按今天收到计算，最晚 ${formatMonthDay(day)}前答复您`, flag: due.provisional ? provisionalNote(flagYear) : '' };
}
