import { createCalendar, type Calendar } from '../domain/calendar';
import type { PublishedCalendar } from '../shared/calendar';

/**
 * The calendar built from what the server published (overrides and entered notices); if that
 * is unusable (a damaged cache), the official data and the statute alone, so the status line
 * still shows.
 * @example safeCalendar(overview?.calendar)
 */
export function safeCalendar(published: Partial<PublishedCalendar> | undefined): Calendar {
  try {
    return createCalendar(published?.overrides ?? [], { notices: published?.notices ?? [] });
  } catch {
    return createCalendar([]);
  }
}
