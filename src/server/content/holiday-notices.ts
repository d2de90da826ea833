import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import type { Doc, Store } from '../ports/store';
import type { HolidayNotice, NoticeChange, NoticeDay, NoticePreview } from '../../shared/calendar';
import { createCalendar, type Calendar, type DayInfo } from '../../domain/calendar';
import { noticeDays, parseHolidayNotice } from '../../domain/calendar/notice-parser';
import { statutoryDays } from '../../domain/calendar/statute';
import { addCalendarDays, weekdayOf } from '../../domain/beijing';
import { fnv1a } from '../../domain/calendar/version';
import { createOnce } from '../outbox/create-once';
import { auditEvent } from './audit';
import { calendarInputs, type CalendarInputs } from './calendar-inputs';
import { bumpPublication } from './revision';
import { staffName } from './staff-name';

/** A notice as stored: one document per year, id = the year. */
export type NoticeDoc = HolidayNotice & Doc & { text: string; enteredAt: number; enteredBy: string };

/**
 * The calendar built from stored inputs with one year's notice put in (or replaced).
 * @example withNotice(inputs, { year: 2027, days }).isProvisional('2027-03-01') // false
 */
export function withNotice(inputs: CalendarInputs, notice: HolidayNotice): Calendar {
  return createCalendar(inputs.overrides, { notices: [...inputs.notices.filter((n) => n.year !== notice.year), notice] });
}

/** How a day reads on the admin's comparison: 上班（调休·国庆节）, 休息（元旦·法定）, 休息（周六）. */
function labelOf(d: DayInfo): string {
  const name = d.holidayName ?? d.note;
  if (d.reason === 'adjustedWorkday') return `上班（调休·${name}）`;
  if (d.reason === 'holiday') return `休息（${name}${d.statutory ? '·法定' : ''}）`;
  if (d.reason === 'overrideOff') return `休息（${d.note ?? '临时调整'}）`;
  if (d.reason === 'overrideWorking') return `上班（${d.note ?? '临时调整'}）`;
  return d.working ? '上班' : `休息（周${'日一二三四五六'[weekdayOf(d.date)]}）`;
}

/**
 * The days of `year` whose meaning changes from `before` to `after`, in date order.
 * @example noticeChanges(2027, now, then)[0] // { date: '2027-01-04', before: { working: true, label: '上班' }, after: … }
 */
export function noticeChanges(year: number, before: Calendar, after: Calendar): NoticeChange[] {
  const out: NoticeChange[] = [];
  for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addCalendarDays(d, 1)) {
    const [b, a] = [before.dayInfo(d), after.dayInfo(d)];
    if (b.working !== a.working || labelOf(b) !== labelOf(a)) {
      out.push({ date: d, before: { working: b.working, label: labelOf(b) }, after: { working: a.working, label: labelOf(a) } });
    }
  }
  return out;
}

/**
 * Reads the pasted text into a year's notice, or refuses (VALIDATION on 「通知全文」) naming the
 * line it could not read.
 * @example readNotice(2027, '一、元旦：1月1日（周五）放假1天。') // { year: 2027, days: [...], lines: [...] }
 */
export function readNotice(year: number, text: string) {
  const parsed = parseHolidayNotice(text, year);
  if (!parsed.ok) {
    throw new AppError('VALIDATION', `「通知全文」有一行没有读懂：「${parsed.line}」——${parsed.message}。请对照国务院通知原文修改后再试`, 'text');
  }
  return { year, lines: parsed.lines, days: noticeDays(year, parsed.lines) };
}

const sameDays = (a: NoticeDay[], b: NoticeDay[]) => JSON.stringify(a) === JSON.stringify(b);

/** Statutory days the notice does not give off: the text or the year is probably wrong. */
function statuteWarnings(year: number, days: NoticeDay[]): string[] {
  const off = new Set(days.filter((d) => d.off).map((d) => d.date));
  return statutoryDays(year)
    .filter((d) => !off.has(d.date))
    .map((d) => `${+d.date.slice(5, 7)}月${+d.date.slice(8)}日（${d.name}）是法定假日，但通知里没有放假，请核对年份和文字`);
}

/**
 * What entering this notice would change, for the admin to check: the lines read, every day
 * whose meaning changes, warnings. Writes nothing.
 * @example await previewNotice(store, { year: 2027, text }) // { year: 2027, lines, changes, warnings: [], alreadyEntered: false }
 */
export async function previewNotice(store: Store, input: { year: number; text: string }): Promise<NoticePreview> {
  const read = readNotice(input.year, input.text);
  const inputs = await calendarInputs(store);
  const before = createCalendar(inputs.overrides, { notices: inputs.notices });
  const after = withNotice(inputs, read);
  const stored = inputs.notices.find((n) => n.year === input.year);
  return {
    year: input.year, lines: read.lines, changes: noticeChanges(input.year, before, after),
    warnings: statuteWarnings(input.year, read.days), alreadyEntered: !!stored && sameDays(stored.days, read.days),
  };
}

/** What confirming a notice did. */
export interface NoticeEntry extends NoticePreview {
  /** false when exactly this notice was already entered (a double tap): nothing written. */
  changed: boolean;
  calendarVersion: string;
}

/**
 * The admin confirms a notice: the year becomes official (no longer provisional) with exactly
 * these days; the publication revision moves and the audit event is written in the same
 * transaction. The same notice again writes nothing. The caller recomputes clocks and moves
 * bookings (see the admin function).
 *
 * @example await enterNotice(ctx, { year: 2027, text }) // { changed: true, changes: [...], calendarVersion: '…' }
 */
export async function enterNotice(ctx: Pick<Ctx, 'store' | 'actor' | 'now'>, input: { year: number; text: string }): Promise<NoticeEntry> {
  const preview = await previewNotice(ctx.store, input);
  const { days } = readNotice(input.year, input.text);
  const doc: NoticeDoc = { _id: String(input.year), year: input.year, days, text: input.text, enteredAt: ctx.now, enteredBy: staffName(ctx.actor) };
  const changed = await ctx.store.transaction(async (tx) => {
    const before = await tx.get<NoticeDoc>('holidayNotices', doc._id);
    if (before && sameDays(before.days, days)) return false;
    await tx.put('holidayNotices', doc);
    await bumpPublication(tx, ctx.now);
    const event = auditEvent({
      at: ctx.now, actor: ctx.actor, subject: `calendar:notice:${input.year}`, action: 'calendar.notice',
      from: before ? { days: before.days } : { provisional: true }, to: { days },
      why: `录入国务院${input.year}年节假日安排通知（${days.filter((d) => d.off).length}天放假，${days.filter((d) => !d.off).length}天调休上班）`,
    });
    // One event per year and content, so two taps racing each other leave one record.
    await createOnce(tx, 'audit', { ...event, _id: `audit:calendar:notice:${input.year}:${fnv1a(JSON.stringify(days))}` });
    return true;
  });
  const inputs = await calendarInputs(ctx.store);
  return { ...preview, alreadyEntered: !changed, changed, calendarVersion: createCalendar(inputs.overrides, { notices: inputs.notices }).version };
}
