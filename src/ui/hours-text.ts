import { DEFAULT_HOURS, type OfficeHours } from '../domain/hours';
import type { Closure } from '../domain/hours';
import { spokenTime } from '../domain/calendar/describe';
import { formatMonthDay } from './dates';

/**
 * The weekly office hours as one line (rule 一（四）1).
 * @example weeklyHoursText() // '周一至周五 9:00–12:00、13:30–17:00'
 */
export function weeklyHoursText(hours: OfficeHours = DEFAULT_HOURS): string {
  const sessions = hours.sessions.map((s) => `${spokenTime(s.start)}–${spokenTime(s.end)}`).join('、');
  return `周一至周五 ${sessions}`;
}

/**
 * One upcoming holiday closure as residents read it.
 * @example
 * closureText({ name: '国庆节', from: '2026-10-01', to: '2026-10-07', adjustedWorkdays: ['2026-09-20', '2026-10-10'], provisional: false })
 * // '国庆节：10月1日（周四）至10月7日（周三）休息；9月20日（周日）、10月10日（周六）照常上班'
 */
export function closureText(closure: Closure): string {
  const days = closure.from === closure.to
    ? `${formatMonthDay(closure.from)}休息`
    : `${formatMonthDay(closure.from)}至${formatMonthDay(closure.to)}休息`;
  const worked = closure.adjustedWorkdays.map(formatMonthDay).join('、');
  const tail = worked ? `；${worked}照常上班` : '';
  const note = closure.provisional ? '（以当年官方通知为准）' : '';
  return `${closure.name}：${days}${tail}${note}`;
}
