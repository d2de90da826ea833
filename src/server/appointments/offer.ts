import { AppError } from '../core/errors';
import type { Store } from '../ports/store';
import { createCalendar, type Calendar } from '../../domain/calendar';
import { slotRefusal } from '../../domain/slots';
import type { AppointmentSettings } from '../../shared/appointments';
import { CALENDAR_COLLECTIONS, calendarInputs, type CalendarInputs } from '../content/calendar-inputs';
import { closuresBetween } from './closures';
import { loadSettings } from './settings';

export interface BookingRules {
  settings: AppointmentSettings;
  calendar: Calendar;
}

/** The last calendar built, by its inputs: building one per booking showed in the profile. */
let memo: { key: string; calendar: Calendar } | null = null;

/**
 * The working-day calendar for these overrides and notices, rebuilt only when they change (they
 * are still read on every call, so an admin's change applies at once).
 * @example calendarOf({ overrides: [], notices: [] }).isWorkingDay('2026-10-10') // true
 */
export function calendarOf(inputs: CalendarInputs): Calendar {
  const key = JSON.stringify(inputs);
  if (memo?.key !== key) memo = { key, calendar: createCalendar(inputs.overrides, { notices: inputs.notices }) };
  return memo.calendar;
}

/** Every collection {@link bookingRules} reads (settings live in appointmentConfig). */
export const BOOKING_RULE_COLLECTIONS = ['appointmentConfig', ...CALENDAR_COLLECTIONS] as const;

/**
 * What a booking is checked against: settings and the working-day calendar, read together.
 * @example const rules = await bookingRules(store);
 */
export async function bookingRules(store: Store): Promise<BookingRules> {
  const [settings, inputs] = await Promise.all([loadSettings(store), calendarInputs(store)]);
  return { settings, calendar: calendarOf(inputs) };
}

/**
 * Refuses (NOT_FOUND, naming the field) a slot that is not offered at `now`: not on the grid,
 * past, too soon, beyond the horizon, a day off or a day closed for appointments.
 *
 * @example assertOffered(rules, closed, '2026-10-05', '09:00', now) // throws NOT_FOUND field 'date'
 */
export function assertOffered(rules: BookingRules, closed: ReadonlyMap<string, string>, date: string, start: string, now: number): void {
  const refusal = slotRefusal(date, start, now, rules.calendar, rules.settings, closed);
  if (refusal) throw new AppError('NOT_FOUND', refusal.message, refusal.field);
}

/**
 * Reads the rules and the day's closure together, then checks the slot.
 * @example const rules = await checkedRules(store, '2026-12-01', '09:00', now);
 */
export async function checkedRules(store: Store, date: string, start: string, now: number): Promise<BookingRules> {
  const [rules, closed] = await Promise.all([bookingRules(store), closuresBetween(store, date, date)]);
  assertOffered(rules, closed, date, start, now);
  return rules;
}
