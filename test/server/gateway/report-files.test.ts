import ExcelJS from 'exceljs';
import { functions } from '../../../src/server/functions';
import { createTestRuntime } from '../../support/runtime';
import { post, signIn, startGateway, type Running } from './harness';

describe('report files over the gateway (/api/report-files, issue 14)', () => {
  let gw: Running;
  let director: string;
  beforeAll(async () => {
    gw = await startGateway({ functions, runtime: await createTestRuntime() });
    director = await signIn(gw.url, 'demo-director');
  });
  afterAll(() => gw.close());

  const make = async () => (await post(`${gw.url}/api/fn/reports`, { action: 'monthlyXlsx', month: '2026-11' }, director)).json.data.file;

  it('lets the director fetch the month\'s Excel with their own Authorization header, and logs it', async () => {
    const file = await make();
    const res = await fetch(`${gw.url}${file.url}`, { headers: { authorization: `Bearer ${director}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('月度统计_2026-11.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as any);
    expect(wb.getWorksheet('月度统计')!.getCell('A1').value).toBe('2026-11 月度统计');
    expect(await gw.runtime.store.count('accessLog', { subject: `reportFile:${file.url.split('/').pop()}` })).toBe(1);
  });

  it('refuses the file without a session (401) and to anybody else (404)', async () => {
    const file = await make();
    expect((await fetch(`${gw.url}${file.url}`)).status).toBe(401);
    const admin = await signIn(gw.url, 'demo-admin');
    const other = await fetch(`${gw.url}${file.url}`, { headers: { authorization: `Bearer ${admin}` } });
    expect(other.status).toBe(404);
    expect((await other.json()).error.code).toBe('NOT_FOUND');
    const resident = await signIn(gw.url, 'demo-resident');
    expect((await fetch(`${gw.url}${file.url}`, { headers: { authorization: `Bearer ${resident}` } })).status).toBe(404);
  });
});
