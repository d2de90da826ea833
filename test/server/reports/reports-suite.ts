import mammoth from 'mammoth';
import ExcelJS from 'exceljs';
import { invoke } from '../../../src/server/core/invoke';
import { reports } from '../../../src/server/functions/reports';
import type { Runtime } from '../../../src/server/core/define';
import type { FnResult } from '../../../src/server/core/result';
import type { PlatformIdentity } from '../../../src/server/ports/identity';
import { takeFile } from '../../../src/server/reports/files';
import { as } from '../../support/runtime';
import { call as callTickets, data, fileComplaint, registerPhone, rid } from '../tickets/helpers';

type Make = () => Promise<{ runtime: Runtime; cleanup: () => unknown }>;

const call = (runtime: Runtime, action: string, payload: Record<string, unknown>, who: PlatformIdentity): Promise<FnResult> =>
  invoke(reports, { action, ...payload }, who, runtime);

const at = (iso: string) => Date.parse(iso);

/** A stored ticket as the counts read it (a month the test clock has passed). */
function oldTicket(id: string, type: string, channel: string, createdAt: number, closed: { onTime: boolean } | null = null) {
  return {
    _id: id, type, channel, status: closed ? 'closed' : 'processing', open: !closed, content: '旧事项', contact: { name: '赵某', phone: '13700001111' },
    ownerOpenid: null, requestId: id, createdAt, acceptedAt: createdAt, firstResponder: { staffId: 'staff:demo-staff', name: '示例·张某' }, assignee: null,
    letterPhotoIds: [], clock: null, dueAt: null, queueKey: `9|${id}`, delay: null, timeline: [], notices: [],
    closure: closed ? { result: '已答复', at: createdAt + 1000, by: { staffId: 'staff:demo-staff', name: '示例·张某' }, onTime: closed.onTime } : null,
    closedAt: closed ? createdAt + 1000 : null, updatedAt: createdAt,
  };
}

/** The file a `{ file }` answer points at, fetched as its maker. */
async function bytesOf(runtime: Runtime, answer: { file: { url: string } }, staffId: string, name = '示例'): Promise<Buffer> {
  const id = answer.file.url.split('/').pop()!;
  return (await takeFile(runtime.store, id, { staffId, name }, runtime.clock.now())).bytes;
}

async function sheetRows(bytes: Buffer, sheet: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as any);
  const ws = wb.getWorksheet(sheet)!;
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

const valueOf = (rows: unknown[][], label: string) => rows.find((r) => r[0] === label);

/**
 * Issue 14 on one store: figures checked against the stored matters, the files read back, the
 * refusals and bad periods writing nothing.
 */
export function describeReports(name: string, make: Make): void {
  describe(`reports on ${name}`, () => {
    let runtime: Runtime;
    let cleanup: () => unknown;
    beforeEach(async () => {
      ({ runtime, cleanup } = await make());
    });
    afterEach(() => cleanup());

    /** Today's matters (2026-11-26) and stored ones of October 2026 and November 2025. */
    async function seedMatters() {
      const phone = await registerPhone(runtime as any);
      data(await callTickets(runtime as any, 'register', { requestId: rid(), channel: 'walkIn', type: 'mediation', content: '邻里纠纷请求调解', contact: { name: '李某', phone: '13600002222' }, answeredOnSpot: '已当场调解' }, as.staff));
      const complaint = await fileComplaint(runtime as any);
      data(await callTickets(runtime as any, 'accept', { id: complaint.id }, as.director));
      await runtime.store.put('tickets', oldTicket('tk_old1', 'consultation', 'phone', at('2026-10-10T09:00:00+08:00'), { onTime: true }));
      await runtime.store.put('tickets', oldTicket('tk_old2', 'consultation', 'walkIn', at('2026-10-12T09:00:00+08:00'), { onTime: false }));
      await runtime.store.put('tickets', oldTicket('tk_old3', 'complaint', 'letter', at('2025-11-03T09:00:00+08:00')));
      await runtime.store.put('tickets', oldTicket('tk_old4', 'consultation', 'online', at('2026-11-02T09:00:00+08:00'), { onTime: false }));
      return { phone, complaint };
    }

    it('counts the month by type, channel and outcome exactly as the stored tickets are', async () => {
      await seedMatters();
      const f = data(await call(runtime, 'monthly', { month: '2026-11' }, as.director));
      const stored = await runtime.store.find<any>('tickets', { where: { createdAt: { $gte: at('2026-11-01T00:00:00+08:00'), $lt: at('2026-12-01T00:00:00+08:00') } }, limit: 1000 });
      expect(f.total).toBe(stored.length);
      expect(f.total).toBe(4);
      const by = (k: string) => stored.reduce((acc: Record<string, number>, t: any) => ({ ...acc, [t[k]]: (acc[t[k]] ?? 0) + 1 }), {});
      for (const [type, n] of Object.entries(by('type'))) expect(f.byType[type]).toBe(n);
      for (const [ch, n] of Object.entries(by('channel'))) expect(f.byChannel[ch]).toBe(n);
      expect(f.byType).toMatchObject({ consultation: 2, mediation: 1, complaint: 1, legalAid: 0 });
      expect(f.byChannel).toMatchObject({ phone: 1, walkIn: 1, online: 2, letter: 0 });
      expect(f.byOutcome).toEqual({ received: 0, processing: 2, closed: 2 });
      expect(f.onTime).toEqual({ closed: 2, onTime: 1, late: 1, rate: 50 });
      expect(f.complaintsByScope.attitude).toBe(1);
      expect(f.compare.previousMonth).toMatchObject({ month: '2026-10', total: { current: 4, base: 2, diff: 2, percent: 100 } });
      expect(f.compare.sameMonthLastYear).toMatchObject({ month: '2025-11', total: { base: 1 } });
      expect(f.compare.sameMonthLastYear.byType.complaint).toEqual({ current: 1, base: 1, diff: 0, percent: 0 });
    });

    it('answers VALIDATION for a month or quarter that does not exist or has not come, writing nothing', async () => {
      const before = await runtime.store.count('reportFiles');
      for (const [action, payload, field] of [
        ['monthly', { month: '2026-13' }, 'month'], ['monthly', { month: '2026-12' }, 'month'], ['monthlyXlsx', { month: '2027-01' }, 'month'],
        ['quarterlyReport', { quarter: '2027-Q1', format: 'docx' }, 'quarter'], ['quarterlyReport', { quarter: '2026-Q5', format: 'xlsx' }, 'quarter'],
        ['dailyRegister', { date: '2026-11-27' }, 'date'],
      ] as const) {
        const res = await call(runtime, action, payload, as.director);
        expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION', field } });
        if (!res.ok) expect(res.error.message).toMatch(/「(月份|季度|日期)」/);
      }
      expect(await runtime.store.count('reportFiles')).toBe(before);
    });

    it('lets window staff read the daily register only, and refuses residents', async () => {
      expect(await call(runtime, 'monthly', { month: '2026-11' }, as.staff)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await call(runtime, 'quarterlyReport', { quarter: '2026-Q4', format: 'docx' }, as.staff)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await call(runtime, 'dailyRegister', { date: '2026-11-26' }, as.resident)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await call(runtime, 'monthly', { month: '2026-11' }, as.admin)).toMatchObject({ ok: true });
      expect(await call(runtime, 'dailyRegister', { date: '2026-11-26' }, as.staff)).toMatchObject({ ok: true });
    });

    it('registers every contact of the day with who received it, phones masked, and as Excel', async () => {
      const { phone } = await seedMatters();
      const reg = data(await call(runtime, 'dailyRegister', { date: '2026-11-26' }, as.director));
      expect(reg.rows).toHaveLength(3);
      const row = reg.rows.find((r: any) => r.id === phone.id);
      expect(row).toMatchObject({ kind: 'ticket', category: '法律咨询', channel: '来电', phone: '139****1111', receivedBy: '示例·张某', outcome: '办理中' });
      expect(JSON.stringify(reg)).not.toContain('13900001111');
      const file = data(await call(runtime, 'dailyRegisterXlsx', { date: '2026-11-26' }, as.staff));
      expect(file.file).toMatchObject({ name: '来访来电登记表_2026-11-26.xlsx', mime: expect.stringContaining('spreadsheetml') });
      const rows = await sheetRows(await bytesOf(runtime, file, 'staff:demo-staff'), '来访来电登记表');
      expect(rows.filter((r) => typeof r[0] === 'number')).toHaveLength(3);
      expect(valueOf(rows, '合计')?.[1]).toBe(3);
    });

    it('writes the month\'s Excel with the same figures', async () => {
      await seedMatters();
      const file = data(await call(runtime, 'monthlyXlsx', { month: '2026-11' }, as.director));
      const rows = await sheetRows(await bytesOf(runtime, file, 'staff:demo-director'), '月度统计');
      expect(valueOf(rows, '受理总数')?.[1]).toBe(4);
      expect(valueOf(rows, '法律咨询')?.[1]).toBe(2);
      expect(valueOf(rows, '5 个工作日内答复')?.slice(1)).toEqual([2, 1, 1, '50%']);
    });

    it('writes the quarter as a Word report with the director\'s analysis and 整改 items, and as Excel', async () => {
      await seedMatters();
      const saved = await call(runtime, 'saveQuarterNotes', {
        quarter: '2026-Q4', analysis: '咨询量上升，调解工作需加强。', items: [{ item: '窗口服务态度整改', owner: '示例·张某', dueDate: '2026-12-31', done: false }],
      }, as.director);
      expect(saved).toMatchObject({ ok: true });
      const docx = data(await call(runtime, 'quarterlyReport', { quarter: '2026-Q4', format: 'docx' }, as.director));
      expect(docx.file.name).toBe('季度分析报告_2026-Q4.docx');
      const buffer = await bytesOf(runtime, docx, 'staff:demo-director');
      expect(buffer.subarray(0, 2).toString()).toBe('PK');
      const text = (await mammoth.extractRawText({ buffer })).value;
      expect(text).toContain('2026年第4季度工作分析报告');
      expect(text).toContain('本季度共受理群众来访来电及线上诉求 6 件');
      expect(text).toContain('按时办结 2 件、超时 2 件');
      expect(text).toContain('咨询量上升，调解工作需加强。');
      expect(text).toContain('窗口服务态度整改');
      expect(text).toContain('超过办理时限');
      const xlsx = data(await call(runtime, 'quarterlyReport', { quarter: '2026-Q4', format: 'xlsx' }, as.director));
      const rows = await sheetRows(await bytesOf(runtime, xlsx, 'staff:demo-director'), '季度汇总');
      expect(valueOf(rows, '受理总数')).toEqual(['受理总数', 2, 4, 0, 6]);
    });

    it('gives a file to its maker only, until it expires, logging every download', async () => {
      const file = data(await call(runtime, 'monthlyXlsx', { month: '2026-11' }, as.director));
      const id = file.file.url.split('/').pop()!;
      await expect(takeFile(runtime.store, id, { staffId: 'staff:demo-admin', name: '管理员' }, runtime.clock.now())).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(takeFile(runtime.store, id, { staffId: 'staff:demo-director', name: '站长' }, file.file.expiresAt)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await takeFile(runtime.store, id, { staffId: 'staff:demo-director', name: '站长' }, runtime.clock.now());
      const log = await runtime.store.find<any>('accessLog', { where: { subject: `reportFile:${id}` } });
      expect(log).toHaveLength(1);
      expect(log[0]).toMatchObject({ staffId: 'staff:demo-director', via: 'reports.download' });
    });

    it('shows the director today\'s open and overdue matters and the month day by day', async () => {
      await seedMatters();
      const d = data(await call(runtime, 'dashboard', {}, as.director));
      expect(d.today).toMatchObject({ date: '2026-11-26', open: await runtime.store.count('tickets', { open: true }), greenOpenToday: 0 });
      expect(d.today.open).toBe(3); // today's phone call and complaint, and last year's letter still open
      expect(d.trend).toHaveLength(26);
      expect(d.trend.find((t: any) => t.day === '2026-11-26').count).toBe(3);
      expect(d.trend.find((t: any) => t.day === '2026-11-02').count).toBe(1);
      expect(await call(runtime, 'dashboard', {}, as.staff)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    });

    it('hands a file\'s bytes to its maker through the function too (the mini-program opens them)', async () => {
      const made = data(await call(runtime, 'quarterlyReport', { quarter: '2026-Q4', format: 'docx' }, as.director));
      const id = made.file.url.split('/').pop();
      const got = data(await call(runtime, 'file', { id }, as.director));
      expect(got.name).toBe('季度分析报告_2026-Q4.docx');
      expect(Buffer.from(got.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
      expect(await call(runtime, 'file', { id }, as.admin)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    });

    it('keeps the complainant out of the register the person complained about downloads', async () => {
      await seedMatters();
      const file = data(await call(runtime, 'dailyRegisterXlsx', { date: '2026-11-26' }, as.staff));
      const text = JSON.stringify(await sheetRows(await bytesOf(runtime, file, 'staff:demo-staff'), '来访来电登记表'));
      expect(text).not.toMatch(/陈大爷|陈\*\*|13812345678|138\*\*\*\*5678|态度生硬/);
      expect(text).toContain('（涉及本人的投诉，不予显示）');
      const theirs = data(await call(runtime, 'dailyRegisterXlsx', { date: '2026-11-26' }, as.director));
      expect(JSON.stringify(await sheetRows(await bytesOf(runtime, theirs, 'staff:demo-director'), '来访来电登记表'))).toContain('138****5678');
    });

    it('marks a report submitted once and shows late and missing periods', async () => {
      const first = data(await call(runtime, 'markSubmitted', { kind: 'monthly', period: '2026-10', fileName: '月度统计_2026-10.xlsx', requestId: rid() }, as.director));
      expect(first).toMatchObject({ kind: 'monthly', period: '2026-10', submittedDay: '2026-11-26', state: 'late' });
      const again = data(await call(runtime, 'markSubmitted', { kind: 'monthly', period: '2026-10', fileName: '另一个.xlsx', requestId: rid() }, as.director));
      expect(again.fileName).toBe('月度统计_2026-10.xlsx');
      expect(await runtime.store.count('reportSubmissions', { kind: 'monthly' })).toBe(1);
      const history = data(await call(runtime, 'submissions', { year: 2026 }, as.director));
      expect(history.find((r: any) => r.period === '2026-09')).toMatchObject({ state: 'missing' });
      expect(history.find((r: any) => r.period === '2026-Q3')).toMatchObject({ kind: 'quarterly', state: 'missing' });
      expect(history.find((r: any) => r.period === '2026-11')).toBeUndefined();
      expect(await call(runtime, 'markSubmitted', { kind: 'monthly', period: '2026-11', fileName: 'x.xlsx', requestId: rid() }, as.director)).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'period' } });
    });
  });
}
