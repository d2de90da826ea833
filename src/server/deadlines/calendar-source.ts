import { createCalendar, type Calendar } from '../../domain/calendar';
import { listOverrides } from '../content/calendar-overrides';
import type { Store } from '../ports/store';

/**
 * The working-day calendar as the admin has set it: the national data plus the stored overrides.
 *
 * @example
 * const calendar = await loadCalendar(store);
 * calendar.isWorkingDay('2026-10-10') // true (调休)
 */
export async function loadCalendar(store: Store): Promise<Calendar> {
  return createCalendar(await listOverrides(store));
}
