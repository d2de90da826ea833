/**
 * Office hours (rule 一: Mon–Fri 9:00–12:00 and 13:30–17:00 except statutory holidays; 调休
 * working days are working days): is the office open now, and when does it next open.
 */
import { beijingInstant, beijingMinuteOfDay, parseHm, toBeijingDate } from './beijing';
import type { Calendar, DayInfo } from './calendar';

export { describeOpenStatus, describeTodaysHours } from './calendar/describe';
export { upcomingClosures, type Closure } from './calendar/closures';

export interface Session {
  /** 'HH:mm' Beijing time. */
  start: string;
  end: string;
}

export interface OfficeHours {
  /** In order of the day, not overlapping. */
  sessions: Session[];
}

export const DEFAULT_HOURS: OfficeHours = {
  sessions: [
    { start: '09:00', end: '12:00' },
    { start: '13:30', end: '17:00' },
  ],
};

export interface Opening {
  date: string;
  time: string;
  at: number;
}

export interface OpenStatus {
  state: 'open' | 'lunch' | 'closed';
  /** While open: the end of the current session. */
  closesAt?: number;
  /** While open: whether the current session ends in a break ('break') or ends the day ('day'). */
  closesFor?: 'break' | 'day';
  /** While at lunch or closed: the next session start. */
  nextOpening?: Opening;
  /** Today (Beijing) as the calendar sees it. */
  today: DayInfo;
  /** Today or the next opening day lies in a year without an official notice. */
  provisional: boolean;
}

function opening(date: string, time: string): Opening {
  return { date, time, at: beijingInstant(date, time) };
}

/**
 * Whether the office is open at an instant, and until when / from when.
 * @example
 * openStatus(Date.parse('2026-10-10T10:00:00+08:00'), createCalendar()).state // 'open' (调休 Saturday)
 * openStatus(Date.parse('2026-10-05T10:00:00+08:00'), createCalendar()).nextOpening?.date // '2026-10-08'
 */
export function openStatus(nowMs: number, calendar: Calendar, hours: OfficeHours = DEFAULT_HOURS): OpenStatus {
  if (hours.sessions.length === 0) throw new RangeError('office hours need at least one session');
  const date = toBeijingDate(nowMs);
  const today = calendar.dayInfo(date);
  const minute = beijingMinuteOfDay(nowMs);
  const withProvisional = (s: Omit<OpenStatus, 'provisional' | 'today'>): OpenStatus => ({
    ...s,
    today,
    provisional: today.provisional || (s.nextOpening ? calendar.isProvisional(s.nextOpening.date) : false),
  });
  if (today.working) {
    const { sessions } = hours;
    for (let i = 0; i < sessions.length; i++) {
      const { start, end } = sessions[i];
      if (minute < parseHm(start)) return withProvisional({ state: i === 0 ? 'closed' : 'lunch', nextOpening: opening(date, start) });
      if (minute < parseHm(end)) {
        return withProvisional({ state: 'open', closesAt: beijingInstant(date, end), closesFor: i === sessions.length - 1 ? 'day' : 'break' });
      }
    }
  }
  return withProvisional({ state: 'closed', nextOpening: opening(calendar.nextWorkingDay(date), hours.sessions[0].start) });
}
