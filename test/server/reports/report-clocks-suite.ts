import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { invoke } from '../../../src/server/core/invoke';
import { reports } from '../../../src/server/functions/reports';
import { inbox } from '../../../src/server/functions/inbox';
import type { FunctionDef, Runtime } from '../../../src/server/core/define';
import type { FnResult } from '../../../src/server/core/result';
import type { PlatformIdentity } from '../../../src/server/ports/identity';
import { fixedClock } from '../../../src/server/ports/clock';
import { runDailyJobs } from '../../../src/server/scheduler/run-jobs';
import { runClockPass } from '../../../src/server/scheduler/clock-pass';
import { loadCalendar } from '../../../src/server/deadlines/calendar-source';
import { takeFile } from '../../../src/server/reports/files';
import { reportClockId } from '../../../src/server/reports/report-clocks';
import { monthlyDueDay, quarterlyDueDay } from '../../../src/domain/reports/due';
import { as } from '../../support/runtime';
import { data, rid } from '../tickets/helpers';

type Make = () => Promise<{ runtime: Runtime; cleanup: () => unknown }>;

const at = (iso: string) => Date.parse(iso);
const DIRECTOR = 'staff:demo-director';
const ADMIN = 'staff:demo-admin';

/**
 * Issue 14 §1, §2, §5 on one store: the reports' deadlines are stored clocks the scheduler
 * starts, warns and escalates; marking a report submitted stops its clock and keeps its file;
 * the due settings re-date open clocks; expired generated files are swept by the scheduler.
 */
export function describeReportClocks(name: string, make: Make): void {
  describe(`report clocks on ${name}`, () => {
    let runtime: Runtime;
    let cleanup: () => unknown;
    beforeEach(async () => {
      ({ runtime, cleanup } = await make());
    });
    afterEach(() => cleanup());

    /** The runtime as it is at `iso` (Beijing). */
    const when = (iso: string): Runtime => ({ ...runtime, clock: fixedClock(at(iso)) });
    const call = (fn: FunctionDef, iso: string, action: string, payload: Record<string, unknown>, who: PlatformIdentity): Promise<FnResult> =>
      invoke(fn, { action, ...payload }, who, when(iso));
    const outboxOf = (subject: string) => runtime.store.find<any>('outbox', { where: { subject }, limit: 100 });

    it('starts last month\'s clock once when the month turns, due at the end of the 5th working day', async () => {
      const calendar = await loadCalendar(runtime.store);
      const first = await runDailyJobs(runtime.store, calendar, at('2026-12-01T08:00:00+08:00'));
      expect(first.reportClocks).toBe('ran');
      const again = await runDailyJobs(runtime.store, calendar, at('2026-12-02T08:00:00+08:00'));
      expect(again.reportClocks).toBe('ran'); // a sweep: it looks again, and finds the clock there
      const clocks = await runtime.store.find<any>('clocks', { where: { subjectType: 'report' } });
      expect(clocks.map((c) => c._id)).toEqual([reportClockId('monthly', '2026-11')]);
      expect(clocks[0]).toMatchObject({ state: 'running', title: '2026年11月统计汇总报送', purpose: 'report.monthly' });
      expect(monthlyDueDay('2026-11', calendar)).toBe('2026-12-07');
      expect(clocks[0].dueAt).toBe(at('2026-12-07T17:00:00+08:00'));

      await runDailyJobs(runtime.store, calendar, at('2027-01-04T09:00:00+08:00'));
      const q4 = await runtime.store.get<any>('clocks', reportClockId('quarterly', '2026-Q4'));
      expect(q4.title).toBe('2026年第4季度分析报告报送');
      expect(q4.dueAt).toBe(at(`${quarterlyDueDay('2026-Q4', calendar)}T17:00:00+08:00`));
      expect(await runtime.store.count('clocks', { subjectType: 'report' })).toBe(3);
    });

    it('starts no clock for a report already past its due time when the scheduler first meets it', async () => {
      const out = await runDailyJobs(runtime.store, await loadCalendar(runtime.store), at('2026-11-26T10:00:00+08:00'));
      expect(out.reportClocks).toBe('ran');
      expect(await runtime.store.count('clocks', { subjectType: 'report' })).toBe(0); // October's was due 11-06
      expect(await runtime.store.count('outbox', { subject: 'report:monthly:2026-10' })).toBe(0);
      const history = data(await call(reports, '2026-11-26T10:00:00+08:00', 'submissions', { year: 2026 }, as.director));
      expect(history.find((r: any) => r.period === '2026-10')).toMatchObject({ state: 'missing', dueDay: '2026-11-06', dueAt: null });
    });

    it('warns the directors a working day before, and when late tells the directors and the admins, once', async () => {
      const calendar = await loadCalendar(runtime.store);
      await runDailyJobs(runtime.store, calendar, at('2026-12-01T08:00:00+08:00'));
      const subject = 'report:monthly:2026-11';

      expect(await runClockPass(runtime.store, at('2026-12-04T17:00:00+08:00'))).toMatchObject({ warned: 1 });
      const warned = await outboxOf(subject);
      expect(warned.map((n) => [n.recipient.staffId, n.purpose])).toEqual([[DIRECTOR, 'deadlineWarning']]);
      expect(warned[0].body).toContain('2026年11月统计汇总报送');
      expect(warned[0].body).toContain('编号 2026-11');
      const todo = data(await call(inbox, '2026-12-04T17:10:00+08:00', 'list', {}, as.director)).items;
      expect(todo.find((i: any) => i.subject === subject)).toMatchObject({ title: '即将到期：2026年11月统计汇总报送', overdue: false });

      expect(await runClockPass(runtime.store, at('2026-12-07T17:01:00+08:00'))).toMatchObject({ overdue: 1 });
      expect(await runClockPass(runtime.store, at('2026-12-07T17:06:00+08:00'))).toMatchObject({ due: 0 });
      const late = (await outboxOf(subject)).filter((n) => n.purpose === 'deadlineOverdue');
      expect(late.map((n) => n.recipient.staffId).sort()).toEqual([ADMIN, DIRECTOR].sort());
      expect(late.find((n) => n.recipient.staffId === ADMIN).title).toBe('逾期未报：2026年11月统计汇总报送');
      const audit = await runtime.store.find<any>('audit', { where: { subject, action: 'escalate' } });
      expect(audit).toHaveLength(1);
      const history = data(await call(reports, '2026-12-08T09:00:00+08:00', 'submissions', { year: 2026 }, as.director));
      expect(history.find((r: any) => r.period === '2026-11')).toMatchObject({ state: 'missing', dueDay: '2026-12-07', dueAt: at('2026-12-07T17:00:00+08:00') });
    });

    it('stops the clock when the report is marked submitted with the generated file, kept for later download', async () => {
      const calendar = await loadCalendar(runtime.store);
      await runDailyJobs(runtime.store, calendar, at('2026-12-01T08:00:00+08:00'));
      const made = data(await call(reports, '2026-12-03T10:00:00+08:00', 'monthlyXlsx', { month: '2026-11' }, as.director));
      expect(made.file.id).toMatch(/^rpt_/);
      const payload = { kind: 'monthly', period: '2026-11', fileName: made.file.name, requestId: rid(), fileId: made.file.id };
      const row = data(await call(reports, '2026-12-03T10:05:00+08:00', 'markSubmitted', payload, as.director));
      expect(row).toMatchObject({ state: 'onTime', dueDay: '2026-12-07', submittedDay: '2026-12-03', file: { name: '月度统计_2026-11.xlsx', source: 'generated' } });
      const retry = data(await call(reports, '2026-12-03T10:06:00+08:00', 'markSubmitted', { ...payload, requestId: rid() }, as.director));
      expect(retry.submittedAt).toBe(row.submittedAt);
      const clock = await runtime.store.get<any>('clocks', reportClockId('monthly', '2026-11'));
      expect(clock).toMatchObject({ state: 'stopped', stopReason: '已报送', nextCheckAt: null });
      expect(await runClockPass(runtime.store, at('2026-12-08T09:00:00+08:00'))).toMatchObject({ due: 0 });
      expect((await outboxOf('report:monthly:2026-11')).filter((n) => n.purpose === 'deadlineOverdue')).toHaveLength(0);

      // Months later, after the generated file expired and was swept, the admin downloads what was sent.
      await runDailyJobs(runtime.store, calendar, at('2026-12-04T03:00:00+08:00'));
      expect(await runtime.store.get('reportFiles', made.file.id)).toBeNull();
      const later = data(await call(reports, '2027-02-01T10:00:00+08:00', 'submittedFile', { kind: 'monthly', period: '2026-11' }, as.admin));
      const id = later.file.url.split('/').pop()!;
      const got = await takeFile(runtime.store, id, { staffId: ADMIN, name: '管理员' }, at('2027-02-01T10:01:00+08:00'));
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(got.bytes as any);
      expect(wb.getWorksheet('月度统计')).toBeTruthy();
      expect(await runtime.store.count('accessLog', { subject: `reportFile:${id}` })).toBe(1);
      expect(await call(reports, '2027-02-01T10:00:00+08:00', 'submittedFile', { kind: 'monthly', period: '2026-10' }, as.admin)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(await call(reports, '2027-02-01T10:00:00+08:00', 'submittedFile', { kind: 'monthly', period: '2026-11' }, as.staff)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    });

    it('keeps an uploaded Word file, and refuses a file that is not what its name says, writing nothing', async () => {
      const report = data(await call(reports, '2026-11-26T10:00:00+08:00', 'quarterlyReport', { quarter: '2026-Q3', format: 'docx' }, as.director));
      const docx = (await takeFile(runtime.store, report.file.id, { staffId: DIRECTOR, name: '站长' }, at('2026-11-26T10:01:00+08:00'))).bytes;
      const base = { kind: 'quarterly', period: '2026-Q3', fileName: '三季度报告（修改稿）.docx', requestId: rid() };
      for (const upload of [{ name: '报告.docx', base64: Buffer.from('not a word file').toString('base64') }, { name: '报告.exe', base64: docx.toString('base64') }]) {
        const res = await call(reports, '2026-11-26T10:05:00+08:00', 'markSubmitted', { ...base, upload }, as.director);
        expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'upload' } });
        if (!res.ok) expect(res.error.message).toContain('「报送文件」');
      }
      expect(await runtime.store.count('reportSubmissions')).toBe(0);
      expect(await runtime.store.count('clocks', { subjectType: 'report' })).toBe(0);
      const row = data(await call(reports, '2026-11-26T10:06:00+08:00', 'markSubmitted', { ...base, upload: { name: '三季度报告（修改稿）.docx', base64: docx.toString('base64') } }, as.director));
      const due = quarterlyDueDay('2026-Q3', await loadCalendar(runtime.store));
      expect(due).toBe('2026-10-20'); // 国庆 1–7 off, Saturday 10-10 worked
      expect(row).toMatchObject({ state: 'late', dueDay: due, file: { source: 'uploaded', size: docx.length } });
      const clock = await runtime.store.get<any>('clocks', reportClockId('quarterly', '2026-Q3'));
      expect(clock).toMatchObject({ state: 'stopped', dueAt: at(`${due}T17:00:00+08:00`) });
      const back = data(await call(reports, '2026-11-26T11:00:00+08:00', 'submittedFile', { kind: 'quarterly', period: '2026-Q3' }, as.director));
      const bytes = (await takeFile(runtime.store, back.file.id, { staffId: DIRECTOR, name: '站长' }, at('2026-11-26T11:01:00+08:00'))).bytes;
      expect((await mammoth.extractRawText({ buffer: bytes })).value).toContain('2026年第3季度工作分析报告');
    });

    it('re-dates the open clocks when the admin changes the due settings, audited, and leaves stopped ones', async () => {
      const calendar = await loadCalendar(runtime.store);
      await runDailyJobs(runtime.store, calendar, at('2027-01-04T09:00:00+08:00'));
      await call(reports, '2027-01-05T09:00:00+08:00', 'markSubmitted', { kind: 'monthly', period: '2026-12', fileName: '12月.xlsx', requestId: rid() }, as.director);
      const stoppedBefore = await runtime.store.get<any>('clocks', reportClockId('monthly', '2026-12'));
      const res = await call(reports, '2027-01-05T10:00:00+08:00', 'updateDueSettings', { monthlyWorkingDays: 3, quarterlyWorkingDays: 5 }, as.admin);
      expect(res).toMatchObject({ ok: true, data: { monthlyWorkingDays: 3, quarterlyWorkingDays: 5 } });
      const q4 = await runtime.store.get<any>('clocks', reportClockId('quarterly', '2026-Q4'));
      expect(q4.rule).toEqual({ kind: 'workingDays', days: 5 });
      expect(q4.dueAt).toBe(at(`${quarterlyDueDay('2026-Q4', calendar, { monthlyWorkingDays: 3, quarterlyWorkingDays: 5 })}T17:00:00+08:00`));
      expect(await runtime.store.get<any>('clocks', reportClockId('monthly', '2026-12'))).toEqual(stoppedBefore);
      const redate = await runtime.store.find<any>('audit', { where: { action: 'deadline.redate' } });
      expect(redate).toHaveLength(1);
      expect(redate[0]).toMatchObject({ subject: 'report:quarterly:2026-Q4', actor: { staffId: ADMIN }, to: { days: 5, dueAt: q4.dueAt } });
      expect(await runtime.store.count('audit', { action: 'reports.dueSettings' })).toBe(1);
      const history = data(await call(reports, '2027-01-05T10:00:00+08:00', 'submissions', { year: 2026 }, as.director));
      expect(history.find((r: any) => r.period === '2026-Q4')).toMatchObject({ state: 'pending', dueAt: q4.dueAt });
      expect(await call(reports, '2027-01-05T10:00:00+08:00', 'updateDueSettings', { monthlyWorkingDays: 3, quarterlyWorkingDays: 5 }, as.director)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    });

    it('sweeps expired generated files every day by the scheduler, keeping fresh ones', async () => {
      const old = data(await call(reports, '2026-11-25T10:00:00+08:00', 'monthlyXlsx', { month: '2026-10' }, as.director));
      const fresh = data(await call(reports, '2026-11-26T02:50:00+08:00', 'monthlyXlsx', { month: '2026-10' }, as.director));
      const out = await runDailyJobs(runtime.store, await loadCalendar(runtime.store), at('2026-11-26T03:00:00+08:00'));
      expect(out.reportFileSweep).toBe('ran');
      expect(await runtime.store.get('reportFiles', old.file.id)).toBeNull();
      expect(await runtime.store.get('reportFiles', fresh.file.id)).not.toBeNull();
      expect((await runDailyJobs(runtime.store, await loadCalendar(runtime.store), at('2026-11-26T01:00:00+08:00'))).reportFileSweep).toBe('not-due');
    });
  });
}
