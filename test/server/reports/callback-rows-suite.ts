import ExcelJS from 'exceljs';
import { invoke } from '../../../src/server/core/invoke';
import { reports } from '../../../src/server/functions/reports';
import type { Runtime } from '../../../src/server/core/define';
import type { FnResult } from '../../../src/server/core/result';
import type { PlatformIdentity } from '../../../src/server/ports/identity';
import { takeFile } from '../../../src/server/reports/files';
import type { CallbackDetail } from '../../../src/shared/reports';
import { as, type TestRuntime } from '../../support/runtime';
import { call as callTickets, data, fileComplaint, rid } from '../tickets/helpers';
import { call as callRatings, ticketSubject } from '../ratings/helpers';

type Make = () => Promise<{ runtime: Runtime; cleanup: () => unknown }>;

const call = (runtime: Runtime, action: string, payload: Record<string, unknown>, who: PlatformIdentity): Promise<FnResult> =>
  invoke(reports, { action, ...payload }, who, runtime);

/** The data rows (under the title and the header) of the 回访明细 sheet of a `callbackTable` file. */
async function xlsxRows(runtime: Runtime, answer: { file: { url: string } }): Promise<unknown[][]> {
  const { bytes } = await takeFile(runtime.store, answer.file.url.split('/').pop()!, { staffId: 'staff:demo-director', name: '示例' }, runtime.clock.now());
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as any);
  const rows: unknown[][] = [];
  wb.getWorksheet('回访明细')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows.slice(2, -1);
}

/**
 * `reports.callbackRows` (issue 14, rule 十二(八)) on one store: the month's callbacks as rows
 * for the page — the same callbacks, in the same order, as the .xlsx of `callbackTable`.
 */
export function describeCallbackRows(name: string, make: Make): void {
  describe(`the per-callback rows on ${name}`, () => {
    let runtime: TestRuntime;
    let cleanup: () => unknown;
    beforeEach(async () => {
      const made = await make();
      runtime = made.runtime as TestRuntime;
      cleanup = made.cleanup;
    });
    afterEach(() => cleanup());

    /** 陈大爷 complains online; the director closes it; he rates 不满意 (a mandatory callback), which the director records. */
    async function calledBack(): Promise<string> {
      const t = await fileComplaint(runtime);
      data(await callTickets(runtime, 'accept', { id: t.id }, as.director));
      data(await callTickets(runtime, 'close', { id: t.id, result: '已核实并向投诉人致歉' }, as.director));
      const { callbackTaskId } = data(await callRatings(runtime, 'rate', { subject: ticketSubject(t.id), level: 'unsatisfied', comment: '态度还是不好', requestId: rid() }, as.resident));
      data(await callRatings(runtime, 'recordCallback', {
        taskId: callbackTaskId, method: 'phone', reached: true, progress: '已致歉', staffView: '态度有改进', opinions: '希望一次讲清楚', satisfiedNow: true, requestId: rid(),
      }, as.director));
      return callbackTaskId;
    }

    it('lists every callback of the month with the person and each answer, as the Excel table does', async () => {
      const taskId = await calledBack();
      const got = data<CallbackDetail>(await call(runtime, 'callbackRows', { month: '2026-11' }, as.director));
      expect(got.month).toBe('2026-11');
      expect(got.rows).toHaveLength(1);
      expect(got.rows[0]).toMatchObject({
        taskId, name: '陈大爷', phone: '13812345678', rating: '不满意', progress: '已致歉', staffView: '态度有改进', opinions: '希望一次讲清楚', satisfiedNow: '满意', doneDay: '2026-11-26',
      });
      const sheet = await xlsxRows(runtime, data(await call(runtime, 'callbackTable', { month: '2026-11' }, as.director)));
      expect(sheet.map((r) => [r[3], r[4], r[11], r[14]])).toEqual(got.rows.map((r) => [r.name, r.phone, r.progress, r.satisfiedNow]));
    });

    it('answers an empty month with no rows, a month not yet come with VALIDATION, and window staff with FORBIDDEN', async () => {
      await calledBack();
      expect(data<CallbackDetail>(await call(runtime, 'callbackRows', { month: '2026-10' }, as.director)).rows).toEqual([]);
      expect(await call(runtime, 'callbackRows', { month: '2026-12' }, as.director)).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'month' } });
      const refused = await call(runtime, 'callbackRows', { month: '2026-11' }, as.staff);
      expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(JSON.stringify(refused)).not.toMatch(/陈大爷|13812345678/);
    });
  });
}
