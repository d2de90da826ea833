import tcb from '@cloudbase/node-sdk';
import mammoth from 'mammoth';
import ExcelJS from 'exceljs';
import { collections } from '../../../src/server/store/collections';
import { createCloudbaseStore } from '../../../src/server/store/cloudbase';
import { createCloudbaseStorage } from '../../../src/server/runtime/cloudbase-storage';
import { fixedClock } from '../../../src/server/ports/clock';
import { seedIfEmpty } from '../../../src/server/seed';
import { invoke } from '../../../src/server/core/invoke';
import { reports } from '../../../src/server/functions/reports';
import type { Runtime } from '../../../src/server/core/define';
import { runDailyJobs } from '../../../src/server/scheduler/run-jobs';
import { loadCalendar } from '../../../src/server/deadlines/calendar-source';
import { FILE_TTL_MS } from '../../../src/shared/reports';
import { cloudFunctionEnv, startCloudbaseDouble, type CloudbaseDouble } from '../../support/cloudbase-double';
import { as, FIXED_NOW, recordingSender } from '../../support/runtime';
import { data, rid } from '../tickets/helpers';

jest.setTimeout(120_000);

/**
 * Issue 14 §4: in the cloud a generated file goes to cloud storage (the real SDK's
 * `uploadFile`, against the double's storage edge) and the caller gets a temporary URL
 * (`getTempFileURL`) that opens without any credential until it expires; the bytes never sit in
 * the database; the scheduler's sweep deletes them from storage too.
 */
const savedEnv = { ...process.env };
let double: CloudbaseDouble;
let runtime: Runtime;
beforeAll(() => Object.assign(process.env, cloudFunctionEnv({ env: 'test-env' })));
afterAll(() => {
  process.env = savedEnv;
});
beforeEach(async () => {
  double = await startCloudbaseDouble({ collections: Object.keys(collections) });
  const app = tcb.init(double.sdk);
  const store = createCloudbaseStore(app);
  await seedIfEmpty(store, FIXED_NOW);
  runtime = { store, clock: fixedClock(FIXED_NOW), sender: recordingSender(), templates: {}, reportStorage: createCloudbaseStorage(app) };
});
afterEach(() => double.close());

const call = (action: string, payload: Record<string, unknown>, who = as.director) => invoke(reports, { action, ...payload }, who, runtime);

it('answers the quarter\'s Word report as a temporary cloud-storage URL that opens without credentials', async () => {
  const answer = data(await call('quarterlyReport', { quarter: '2026-Q3', format: 'docx' }));
  expect(answer.file.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/cos\/reports\/2026-11-26\/rpt_[0-9a-f]{32}\.docx\?sign=/);
  const issued = double.storage.tempUrls.find((u) => u.url === answer.file.url)!;
  expect(issued.expiresAt - Date.now()).toBeLessThanOrEqual(FILE_TTL_MS + 1000);
  expect(issued.expiresAt - Date.now()).toBeGreaterThan(FILE_TTL_MS - 60_000);
  const res = await fetch(answer.file.url);
  expect(res.status).toBe(200);
  const text = (await mammoth.extractRawText({ buffer: Buffer.from(await res.arrayBuffer()) })).value;
  expect(text).toContain('2026年第3季度工作分析报告');
  const doc = await runtime.store.get<any>('reportFiles', answer.file.id);
  expect(doc.base64).toBeUndefined();
  expect(doc.cloudFileId).toBe(issued.fileID);
  const log = await runtime.store.find<any>('accessLog', { where: { subject: `reportFile:${answer.file.id}` } });
  expect(log.map((l) => [l.staffId, l.via])).toEqual([['staff:demo-director', 'reports.tempUrl']]);
  const tampered = answer.file.url.replace(/sign=[0-9a-f]{4}/, 'sign=0000');
  expect((await fetch(tampered)).status).toBe(403);
});

it('still hands the bytes through the function to their maker only, read from storage', async () => {
  const answer = data(await call('monthlyXlsx', { month: '2026-11' }));
  const got = data(await call('file', { id: answer.file.id }));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(got.base64, 'base64') as any);
  expect(wb.getWorksheet('月度统计')).toBeTruthy();
  expect(await call('file', { id: answer.file.id }, as.admin)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
});

it('keeps a submitted generated file in storage and hands it out again later', async () => {
  const made = data(await call('monthlyXlsx', { month: '2026-10' }));
  data(await call('markSubmitted', { kind: 'monthly', period: '2026-10', fileName: made.file.name, requestId: rid(), fileId: made.file.id }));
  const kept = await runtime.store.get<any>('reportSubmissionFiles', 'sub:monthly:2026-10');
  expect(kept.base64).toBeUndefined();
  expect(kept.cloudFileId).toMatch(/^cloud:\/\/test-env\..+\/report-submissions\/sub-monthly-2026-10-\d+\.xlsx$/);
  const again = data(await call('submittedFile', { kind: 'monthly', period: '2026-10' }, as.admin));
  const res = await fetch(again.file.url);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as any);
  expect(wb.getWorksheet('月度统计')).toBeTruthy();
});

it('deletes expired files from cloud storage with their records in the daily sweep', async () => {
  const answer = data(await call('monthlyXlsx', { month: '2026-11' }));
  const path = answer.file.url.split('/cos/')[1].split('?')[0];
  expect(double.storage.files.has(path)).toBe(true);
  const out = await runDailyJobs(runtime.store, await loadCalendar(runtime.store), FIXED_NOW + FILE_TTL_MS + 60_000, undefined, runtime.reportStorage);
  expect(out.reportFileSweep).toBe('ran');
  expect(double.storage.files.has(path)).toBe(false);
  expect(await runtime.store.get('reportFiles', answer.file.id)).toBeNull();
  expect((await fetch(answer.file.url)).status).toBe(404);
});
