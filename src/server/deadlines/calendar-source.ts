import { createCalendar, type Calendar } from '../../domain/calendar';
import { calendarInputs } from '../content/calendar-inputs';
import type { Store } from '../ports/store';

/**
 * The working-day calendar as the admin has set it: the national data, the statute, the entered
 * notices and the stored overrides.
 *
 * @example
 * const calendar = await loadCalendar(store);
 * calendar.isWorkingDay('2026-10-10') // true (调休)
 */
export async function loadCalendar(store: Store): Promise<Calendar> {
  const { overrides, notices } = await calendarInputs(store);
  return createCalendar(overrides, { notices });
}
