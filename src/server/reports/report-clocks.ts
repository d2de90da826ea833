import type { Calendar } from '../../domain/calendar';
import type { Store, Tx } from '../ports/store';
import type { AuditActor, AuditEvent } from '../content/audit';
import { clockId, startClock, type ClockDoc, type StartClockInput, type SubjectRef } from '../deadlines';
import { computeFields } from '../deadlines/compute';
import { createOnce } from '../outbox/create-once';
import { enqueue } from '../outbox/enqueue';
import { DEADLINE_PURPOSES } from '../scheduler/clock-messages';
import { formatBeijing } from '../notify/format';
import { beijingInstant, toBeijingDate } from '../../domain/beijing';
import { monthRange, previousMonth, quarterOf, quarterRange } from '../../domain/reports/period';
import type { ReportDueRule } from '../../domain/reports/due';
import { computeClock } from '../../domain/deadlines';
import { REPORT_CLOCK_PURPOSES, REPORTS_LINK, type SubmissionKind } from '../../shared/reports';

/**
 * Reports on time (rule 十一(五)) on the deadline engine: each month's summary and each
 * quarter's report is a stored clock (`clocks`, subject `report:<kind>:<period>`, purpose
 * 'report.monthly' / 'report.quarterly'), started at the period's last day and counted in working
 * days (the day itself not counted), so it falls due at the end of business of the Nth working
 * day after — exactly `monthlyDueDay` / `quarterlyDueDay`. The scheduler's clock pass warns and
 * escalates it like any other clock; marking the report submitted stops it.
 */

export const REPORT_SUBJECT = 'report';

/** @example reportSubject('monthly', '2026-10') // { type: 'report', id: 'monthly:2026-10' } */
export function reportSubject(kind: SubmissionKind, period: string): SubjectRef {
  return { type: REPORT_SUBJECT, id: `${kind}:${period}` };
}

/** @example reportClockId('monthly', '2026-10') // 'report:monthly:2026-10:report.monthly' */
export function reportClockId(kind: SubmissionKind, period: string): string {
  return clockId(reportSubject(kind, period), REPORT_CLOCK_PURPOSES[kind]);
}

/** 「2026年10月统计汇总报送」 / 「2026年第4季度分析报告报送」 */
export function reportTitle(kind: SubmissionKind, period: string): string {
  const [y, p] = period.split('-');
  return kind === 'monthly' ? `${y}年${Number(p)}月统计汇总报送` : `${y}年第${p.slice(1)}季度分析报告报送`;
}

const lastDayOf = (kind: SubmissionKind, period: string) => (kind === 'monthly' ? monthRange(period).last : quarterRange(period).last);
const daysOf = (kind: SubmissionKind, rule: ReportDueRule) => (kind === 'monthly' ? rule.monthlyWorkingDays : rule.quarterlyWorkingDays);

/**
 * What the clock of a period's report starts with. Nobody in particular is responsible: the
 * warning goes to every director (the engine's rule for a clock without one).
 * @example reportClockInput('monthly', '2026-10', DEFAULT_DUE_RULE).rule // { kind: 'workingDays', days: 5 }
 */
export function reportClockInput(kind: SubmissionKind, period: string, rule: ReportDueRule): StartClockInput {
  return {
    subject: reportSubject(kind, period),
    purpose: REPORT_CLOCK_PURPOSES[kind],
    title: reportTitle(kind, period),
    link: REPORTS_LINK,
    rule: { kind: 'workingDays', days: daysOf(kind, rule) },
    startedAt: beijingInstant(lastDayOf(kind, period), '23:59'),
  };
}

/**
 * The period's clock, started inside `tx` when missing (idempotent by its id).
 * @example await store.transaction((tx) => ensureReportClock(tx, 'monthly', '2026-10', rule, calendar))
 */
export async function ensureReportClock(tx: Tx, kind: SubmissionKind, period: string, rule: ReportDueRule, calendar: Calendar): Promise<ClockDoc> {
  const existing = await tx.get<ClockDoc>('clocks', reportClockId(kind, period));
  if (existing) return existing;
  const started = await startClock(tx, reportClockInput(kind, period, rule), calendar);
  if (!started.ok) throw new Error(started.error.message);
  return started.data;
}

/**
 * The reports whose period has ended by `now` and whose clock the scheduler starts in the month
 * of `now`: last month's summary and, after a quarter's last month, that quarter's report.
 * @example periodsEndedBefore(Date.parse('2027-01-02T08:00:00+08:00')) // [['monthly', '2026-12'], ['quarterly', '2026-Q4']]
 */
export function periodsEndedBefore(now: number): Array<[SubmissionKind, string]> {
  const month = previousMonth(toBeijingDate(now).slice(0, 7));
  const quarter = quarterOf(month);
  const out: Array<[SubmissionKind, string]> = [['monthly', month]];
  if (quarterRange(quarter).last === monthRange(month).last) out.push(['quarterly', quarter]);
  return out;
}

/**
 * Starts the clocks of the reports that came due this month (each by its id, in its own
 * transaction; a second run finds them and writes nothing). Answers how many it started. A
 * report already past its due time when the scheduler first meets it (the system was down for
 * the whole window, or had just been installed) gets no clock: there is nothing left to warn
 * about, the history shows it 逾期未报 from its computed due day, and marking it submitted
 * still records the clock.
 * @example await startReportClocks(store, calendar, rule, now) // 2
 */
export async function startReportClocks(store: Store, calendar: Calendar, rule: ReportDueRule, now: number): Promise<number> {
  let started = 0;
  for (const [kind, period] of periodsEndedBefore(now)) {
    const input = reportClockInput(kind, period, rule);
    const due = computeClock(input.rule, input.startedAt, calendar).dueAt;
    if (due === null || due <= now || (await store.get('clocks', reportClockId(kind, period)))) continue;
    const fresh = await store.transaction(async (tx) => {
      if (await tx.get('clocks', reportClockId(kind, period))) return false;
      await ensureReportClock(tx, kind, period, rule, calendar);
      return true;
    });
    if (fresh) started += 1;
  }
  return started;
}

/** Open report clocks are read this many at a time when the due rule changes. */
const PAGE = 100;

/**
 * After the admin changes the due rule: every open (running) report clock is re-dated with the
 * new number of working days, each in its own transaction with an audit event
 * 'deadline.redate' (from/to due time, by the admin). Selected by the (purpose, state) index —
 * open report clocks only. A clock whose new time has not yet passed is checked again (its
 * warning and overdue marks re-armed, as on a calendar change).
 *
 * @example await redateReportClocks(store, calendar, { monthlyWorkingDays: 3, quarterlyWorkingDays: 10 }, now, by) // 1
 */
export async function redateReportClocks(store: Store, calendar: Calendar, rule: ReportDueRule, now: number, by: AuditActor): Promise<number> {
  let moved = 0;
  for (const kind of ['monthly', 'quarterly'] as const) {
    let after = '';
    for (;;) {
      const page = await store.find<ClockDoc>('clocks', {
        where: { purpose: REPORT_CLOCK_PURPOSES[kind], state: 'running', _id: { $gt: after } }, orderBy: [['_id', 'asc']], limit: PAGE,
      });
      for (const c of page) if (await store.transaction((tx) => redateOne(tx, c._id, daysOf(kind, rule), calendar, now, by))) moved += 1;
      if (page.length < PAGE) break;
      after = page[page.length - 1]._id;
    }
  }
  return moved;
}

async function redateOne(tx: Tx, id: string, days: number, calendar: Calendar, now: number, by: AuditActor): Promise<boolean> {
  const clock = await tx.get<ClockDoc>('clocks', id);
  if (!clock || clock.state !== 'running' || (clock.rule.kind === 'workingDays' && clock.rule.days === days)) return false;
  const rule = { kind: 'workingDays' as const, days };
  const base = { ...clock, rule };
  const moved: ClockDoc = { ...base, ...computeFields(base, calendar, now), updatedAt: now };
  await tx.put('clocks', moved);
  const event: AuditEvent = {
    _id: `audit:${id}:redate:${now}`, at: now, actor: by, subject: clock.subject, action: 'deadline.redate',
    from: { dueAt: clock.dueAt, days: clock.rule.kind === 'workingDays' ? clock.rule.days : null },
    to: { dueAt: moved.dueAt, days },
    why: '报送期限调整，报送时限重新计算', clockId: id, purpose: clock.purpose,
  };
  await createOnce(tx, 'audit', event);
  return true;
}

/**
 * When a report clock runs out (in the check's transaction, after the directors' 超期督办): the
 * admins are told too (rule 十一(五): late and missing reports are held to account). Keys carry
 * the due time, so a second check sends nothing twice.
 * @example await onReportClockOverdue(tx, clock, now, ['staff:director'], ['staff:admin'])
 */
export async function onReportClockOverdue(tx: Tx, clock: ClockDoc, now: number, _directorIds: string[], adminIds: string[] = []): Promise<void> {
  const due = clock.dueAt === null ? '' : formatBeijing(clock.dueAt);
  for (const staffId of adminIds) {
    await enqueue(tx, {
      key: `clock:${clock._id}:overdue:${clock.dueAt}:admin:${staffId}`,
      recipient: { staffId },
      purpose: DEADLINE_PURPOSES.overdue,
      title: `逾期未报：${clock.title}`,
      body: `「${clock.title}」已于 ${due} 到期，工作站仍未登记报送（制度十一（五）：迟报、漏报严格实行责任追究），请督促站长报送。`,
      subject: clock.subject,
      ...(clock.dueAt !== null ? { dueAt: clock.dueAt } : {}),
      ...(clock.link ? { link: clock.link } : {}),
    }, now);
  }
}
