import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { phonePage } from './support/browser';
import { callFromPage } from './support/api';
import { seriousFindings } from './support/axe';
import { useStationInBrowser } from './support/lifecycle';
import { visibleText, shot } from './support/page';
import { DEMO, openPath, signIn } from './support/sign-in';

jest.setTimeout(300_000);

/** Thursday 2026-11-26 10:00 in Beijing, a working day. */
const NOW = '2026-11-26T10:00:00+08:00';

const button = (page: Page, name: string | RegExp) => page.getByRole('button', { name }).filter({ visible: true }).first();

/** The whole page as a 375-px-wide PNG: Taro's H5 page scrolls inside its own element, so the viewport is stretched to it for the shot. */

/** Taps `name` and answers the bytes and name of the file the page downloads. */
async function downloadBy(page: Page, name: string | RegExp): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button(page, name).click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

async function sheet(bytes: Buffer): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as any);
  const rows: unknown[][] = [];
  wb.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

const wordText = async (bytes: Buffer) => (await mammoth.extractRawText({ buffer: bytes })).value;

/**
 * 分析研判 on the H5 build and the real gateway (issue 14): the director opens the dashboard,
 * downloads the month's Excel and the quarter's Word report on a 375-px phone (both read back),
 * writes the quarter's analysis, downloads last month's and last quarter's reports from the
 * history, marks them submitted, and sees them as 逾期报送 while the earlier months stay 逾期未报.
 */
describe('the director reports on time from a phone', () => {
  const s = useStationInBrowser(NOW);

  it('downloads the month\'s Excel and the quarter\'s Word report, marks them submitted and sees the history', async () => {
    const page = await phonePage(s.browser, NOW);
    await signIn(page, s.station.url, DEMO.director);
    for (const [n, content] of ['来电咨询遗嘱公证要带什么材料', '来电咨询赡养费怎么计算'].entries()) {
      const reg = await callFromPage(page, 'tickets', { action: 'register', requestId: `browser-rp-000${n}`, channel: 'phone', type: 'consultation', content, contact: { name: '王某', phone: '13900001111' } });
      expect(reg.ok).toBe(true);
    }

    await openPath(page, s.station.url, '/packages/staff/pages/index/index');
    await visibleText(page, '今日概况（2026-11-26）').waitFor();
    await visibleText(page, /本月至今共受理 2 件/).waitFor();
    await visibleText(page, /⚠ 逾期未报 \d+ 期：.*2026年10月月报/).waitFor();
    await shot(page, 'reports-dashboard');
    expect(await seriousFindings(page)).toEqual([]);
    const month = await downloadBy(page, '下载本月统计（Excel）');
    expect(month.name).toBe('月度统计_2026-11.xlsx');
    const monthRows = await sheet(month.bytes);
    expect(monthRows[0]).toEqual(['2026-11 月度统计']);
    expect(monthRows.find((r) => r[0] === '受理总数')).toEqual(['受理总数', 2]);
    await visibleText(page, '本月统计 Excel已生成：月度统计_2026-11.xlsx').waitFor();
    const quarter = await downloadBy(page, '下载2026年第4季度分析报告（Word）');
    expect(quarter.name).toBe('季度分析报告_2026-Q4.docx');
    expect(await wordText(quarter.bytes)).toMatch(/西山镇公共法律服务工作站2026年第4季度工作分析报告[\s\S]*本季度共受理群众来访来电及线上诉求 2 件/);

    await page.getByRole('link', { name: /^季度分析与整改：/ }).filter({ visible: true }).first().click();
    await visibleText(page, '季度分析 · 2026年第4季度').waitFor();
    await page.locator('[aria-label="分析意见（需求规律、工作方向的调整）"] textarea, textarea[aria-label="分析意见（需求规律、工作方向的调整）"]').filter({ visible: true }).first()
      .fill('本季度来电咨询为主，集中在遗嘱公证和赡养费。');
    await button(page, '＋ 添加整改事项').click();
    await page.locator('[aria-label="整改事项"] textarea, textarea[aria-label="整改事项"]').filter({ visible: true }).first().fill('窗口一次性告知公证材料清单');
    await page.locator('[aria-label="责任人"] input, input[aria-label="责任人"]').filter({ visible: true }).first().fill('示例·张某');
    await shot(page, 'reports-notes');
    expect(await seriousFindings(page)).toEqual([]);
    await button(page, '保存季度分析').click();
    await visibleText(page, '已保存，生成的季度分析报告（Word）会写入这些内容。整改事项 1 项：已完成 0 项，未完成 1 项。').waitFor();
    const notes = await callFromPage(page, 'reports', { action: 'quarterNotes', quarter: '2026-Q4' });
    expect(notes.data).toMatchObject({ analysis: '本季度来电咨询为主，集中在遗嘱公证和赡养费。', items: [{ item: '窗口一次性告知公证材料清单', owner: '示例·张某', dueDate: '2026-12-26', done: false }] });
    const withNotes = await wordText((await downloadBy(page, '下载2026年第4季度分析报告（Word）')).bytes);
    expect(withNotes).toContain('本季度来电咨询为主，集中在遗嘱公证和赡养费。');
    expect(withNotes).toMatch(/窗口一次性告知公证材料清单\s*示例·张某\s*2026-12-26\s*未完成/);

    await openPath(page, s.station.url, '/packages/staff/pages/index/index');
    await page.getByRole('link', { name: /^报表报送：⚠ 逾期未报/ }).filter({ visible: true }).first().click();
    await visibleText(page, '报送记录 · 2026年').waitFor();
    await visibleText(page, /^共 \d+ 期：按时 0 期，逾期报送 0 期/).waitFor();
    await shot(page, 'reports-submissions');
    expect(await seriousFindings(page)).toEqual([]);
    const october = await downloadBy(page, '下载（Excel）：2026年10月月度统计汇总');
    expect(october.name).toBe('月度统计_2026-10.xlsx');
    expect((await sheet(october.bytes))[0]).toEqual(['2026-10 月度统计']);
    await button(page, '登记已报送：2026年10月月度统计汇总').click();
    expect(await page.locator('[aria-label="报送文件"] input, input[aria-label="报送文件"]').filter({ visible: true }).first().inputValue()).toBe('月度统计_2026-10.xlsx');
    await shot(page, 'reports-submissions-mark');
    await button(page, '确认2026年10月月度统计汇总已报送').click();
    await visibleText(page, '已登记：2026年10月月度统计汇总，⚠ 逾期报送。').waitFor();
    await visibleText(page, '2026-11-26 由示例·刘某报送：月度统计_2026-10.xlsx').waitFor();
    const q3 = await downloadBy(page, '下载（Word）：2026年第3季度季度分析报告');
    expect(q3.name).toBe('季度分析报告_2026-Q3.docx');
    expect(await wordText(q3.bytes)).toContain('2026年第3季度工作分析报告');
    await button(page, '登记已报送：2026年第3季度季度分析报告').click();
    await button(page, '确认2026年第3季度季度分析报告已报送').click();
    await visibleText(page, '已登记：2026年第3季度季度分析报告，⚠ 逾期报送。').waitFor();
    await visibleText(page, /^共 \d+ 期：按时 0 期，逾期报送 2 期，逾期未报 \d+ 期/).waitFor();
    await shot(page, 'reports-submissions-done');
    const history = (await callFromPage(page, 'reports', { action: 'submissions', year: 2026 })).data as Array<{ period: string; state: string; fileName: string | null; file: { source: string } | null }>;
    expect(history.filter((r) => r.state === 'late').map((r) => [r.period, r.fileName, r.file?.source])).toEqual([['2026-Q3', '季度分析报告_2026-Q3.docx', 'generated'], ['2026-10', '月度统计_2026-10.xlsx', 'generated']]);
    const kept = await downloadBy(page, '下载报送的文件：2026年10月月度统计汇总（月度统计_2026-10.xlsx）'); // the very file downloaded before, kept with the submission
    expect((await sheet(kept.bytes))[0]).toEqual(['2026-10 月度统计']);
    expect(history.find((r) => r.period === '2026-09')!.state).toBe('missing');

    for (const [path, name, heading] of [
      ['/packages/staff/pages/reports/callbacks/index', 'reports-callbacks', '回访明细表 · 2026年11月'],
      ['/packages/staff/pages/reports/daily/index', 'reports-daily', '来访来电登记表 · 2026年11月26日'],
      ['/packages/staff/pages/reports/due-settings/index', 'reports-due-settings', '报送期限'],
    ] as const) {
      await page.goto('about:blank'); // a full load: the shot is not taken mid page-transition
      await openPath(page, s.station.url, path);
      await page.getByRole('heading', { name: heading }).filter({ visible: true }).first().waitFor();
      await page.waitForFunction(() => !/正在加载/.test(document.body.innerText));
      await shot(page, name);
    }
    await visibleText(page, '月度统计汇总：次月第 5 个工作日前报送').waitFor();
    await openPath(page, s.station.url, '/packages/staff/pages/reports/daily/index');
    await visibleText(page, /^共 2 件：来访来电 2 件。$/).waitFor();
    const register = await downloadBy(page, '下载 Excel：来访来电登记表');
    expect((await sheet(register.bytes)).filter((r) => r[5] === '139****1111')).toHaveLength(2);

    const admin = await phonePage(s.browser, NOW);
    await signIn(admin, s.station.url, DEMO.admin);
    await openPath(admin, s.station.url, '/packages/staff/pages/reports/due-settings/index');
    await visibleText(admin, '次月第 5 个工作日').waitFor();
    await button(admin, '月度统计汇总：推后一天').click();
    await visibleText(admin, '次月第 6 个工作日').waitFor();
    await shot(admin, 'reports-due-settings-admin');
    expect(await seriousFindings(admin)).toEqual([]);
    await button(admin, '保存报送期限').click();
    await visibleText(admin, /^已保存：月度统计汇总次月第 6 个工作日前报送/).waitFor();
    expect((await callFromPage(admin, 'reports', { action: 'dueSettings' })).data).toMatchObject({ monthlyWorkingDays: 6, quarterlyWorkingDays: 10 });
  });
});
