import { createCalendar, type Calendar } from '../domain/calendar';
import type { CalendarOverride } from '../shared/content';

/**
 * The calendar built from the server's overrides; if they are unusable (a damaged cache), the
 * official holiday data alone, so the status line still shows.
 * @example safeCalendar(overview?.calendar.overrides)
 */
export function safeCalendar(overrides: CalendarOverride[] | undefined): Calendar {
  try {
    return createCalendar(overrides ?? []);
  } catch {
    return createCalendar([]);
  }
}
