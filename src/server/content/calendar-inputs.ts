import type { Doc, Store } from '../ports/store';
import { MAX_PAGE } from '../ports/store';
import type { HolidayNotice } from '../../shared/calendar';
import type { CalendarOverride } from '../../shared/content';
import { listOverrides } from './calendar-overrides';

/** What the calendar is built from: the admin's overrides and the notices the admin entered. */
export interface CalendarInputs {
  overrides: CalendarOverride[];
  notices: HolidayNotice[];
}

/**
 * Every entered notice, oldest year first (one a year; one page).
 * @example await listNotices(store) // [{ year: 2027, days: [...] }]
 */
export async function listNotices(store: Store): Promise<HolidayNotice[]> {
  const docs = await store.find<HolidayNotice & Doc>('holidayNotices', { orderBy: [['year', 'asc']], limit: MAX_PAGE });
  return docs.map((d) => ({ year: d.year, days: d.days }));
}

/** Every collection {@link calendarInputs} reads: a kept calendar is good while none of them changed. */
export const CALENDAR_COLLECTIONS = ['calendarOverrides', 'holidayNotices'] as const;

/**
 * Overrides and notices, read together.
 * @example const { overrides, notices } = await calendarInputs(store);
 */
export async function calendarInputs(store: Store): Promise<CalendarInputs> {
  const [overrides, notices] = await Promise.all([listOverrides(store), listNotices(store)]);
  return { overrides, notices };
}
