import { readCachedOverview } from '../../../../../api/overview';
import { safeCalendar } from '../../../../../ui/calendar';

/**
 * True for a working day of the station (调休 and the admin's overrides included, from the
 * overview this phone saved; the official calendar alone when none was saved).
 * @example isWorkingDay('2026-10-10') // true (调休上班)
 */
export function isWorkingDay(ymd: string): boolean {
  return safeCalendar(readCachedOverview()?.overview.calendar).isWorkingDay(ymd);
}
