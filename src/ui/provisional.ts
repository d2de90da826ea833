import type { Calendar } from '../domain/calendar';
import { provisionalNote } from '../shared/calendar';

/**
 * The flag beside a date promised to a resident when that day lies in a year whose State
 * Council holiday notice is not published yet (issue 9 §4), or ''.
 * @example provisionalFlag('2027-01-05', createCalendar()) // '2027年节假日安排尚未公布，日期可能调整'
 * @example provisionalFlag('2026-12-03', createCalendar()) // ''
 */
export function provisionalFlag(ymd: string, calendar: Calendar): string {
  return calendar.isProvisional(ymd) ? provisionalNote(+ymd.slice(0, 4)) : '';
}
