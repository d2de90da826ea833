/**
 * One plain Simplified Chinese line about the office's state, for residents (many of them
 * elderly): what is happening now and when it opens or closes, with the day of the week.
 */
import { beijingMinuteOfDay, daysBetween, toBeijingDate, weekdayOf } from '../beijing';
import type { OpenStatus } from '../hours';

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/**
 * 'HH:mm' as people say it: no leading zero on the hour.
 * @example spokenTime('09:00') // '9:00'
 */
export function spokenTime(hm: string): string {
  return hm.replace(/^0(\d)/, '$1');
}

/**
 * A day relative to today: 今天, 明天（周五）, 后天（周六）, or 10月8日（周四）
 * (with the year when it is not this year).
 * @example dayPhrase('2026-10-08', '2026-10-05') // '10月8日（周四）'
 */
export function dayPhrase(ymd: string, today: string): string {
  const gap = daysBetween(today, ymd);
  const week = `（${WEEKDAYS[weekdayOf(ymd)]}）`;
  if (gap === 0) return '今天';
  if (gap === 1) return `明天${week}`;
  if (gap === 2) return `后天${week}`;
  const year = ymd.slice(0, 4) === today.slice(0, 4) ? '' : `${+ymd.slice(0, 4)}年`;
  return `${year}${+ymd.slice(5, 7)}月${+ymd.slice(8, 10)}日${week}`;
}

/** Beijing 'HH:mm' of an instant. */
function clock(ms: number): string {
  const m = beijingMinuteOfDay(ms);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Why today is closed: 今天休息（国庆节）, 今天休息（周六）, 还没开门, 已下班. */
function closedPhrase(status: OpenStatus, today: string): string {
  const t = status.today;
  if (t.working) return status.nextOpening?.date === today ? '还没开门' : '已下班';
  const why = t.reason === 'holiday' || t.reason === 'overrideOff' ? (t.holidayName ?? t.note) : undefined;
  return `今天休息（${why ?? WEEKDAYS[weekdayOf(today)]}）`;
}

/** Joins parts with a middle dot; after a closing full-width bracket the leading space is dropped. */
function join(a: string, b: string): string {
  return a.endsWith('）') ? `${a}· ${b}` : `${a} · ${b}`;
}

/**
 * The status as one line a 75-year-old understands.
 * @example
 * describeOpenStatus(openStatus(now, cal), now)
 * // 「正在办公 · 今天 17:00 下班」「午休中 · 今天 13:30 继续办公」
 * // 「已下班 · 明天（周五）9:00 开门」「今天休息（国庆节）· 10月8日（周四）9:00 开门」
 */
export function describeOpenStatus(status: OpenStatus, nowMs: number): string {
  const today = toBeijingDate(nowMs);
  let line: string;
  if (status.state === 'open' && status.closesAt !== undefined) {
    const what = status.closesFor === 'break' ? '开始午休' : '下班';
    line = `正在办公 · 今天 ${spokenTime(clock(status.closesAt))} ${what}`;
  } else if (status.state === 'lunch' && status.nextOpening) {
    line = `午休中 · 今天 ${spokenTime(status.nextOpening.time)} 继续办公`;
  } else {
    const next = status.nextOpening;
    const head = closedPhrase(status, today);
    const day = dayPhrase(next?.date ?? today, today);
    const when = next ? `${day}${day.endsWith('）') ? '' : ' '}${spokenTime(next.time)} 开门` : '';
    line = next ? join(head, when) : head;
  }
  return status.provisional ? `${line}（日期待官方通知确认）` : line;
}

/**
 * Today's office hours in one line: the sessions on a working day, 今天休息 otherwise.
 * @example describeTodaysHours({ date: '2026-12-01', working: true, reason: 'weekday', provisional: false }, [{ start: '09:00', end: '12:00' }, { start: '13:30', end: '17:00' }])
 * // '今天办公时间：9:00–12:00、13:30–17:00'
 */
export function describeTodaysHours(today: OpenStatus['today'], sessions: ReadonlyArray<{ start: string; end: string }>): string {
  if (!today.working) return '今天休息，不办公';
  return `今天办公时间：${sessions.map((s) => `${spokenTime(s.start)}–${spokenTime(s.end)}`).join('、')}`;
}
