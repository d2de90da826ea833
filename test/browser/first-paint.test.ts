import { useStationInBrowser } from './support/lifecycle';
import { phonePage } from './support/browser';
import { seriousFindings } from './support/axe';
import { openPath } from './support/sign-in';

jest.setTimeout(90_000);

/** The gateway's first response on the real H5 build: readable before (and without) any script. */
describe('first paint on a weak network', () => {
  const THURSDAY = '2026-11-26T10:00:00+08:00';
  const s = useStationInBrowser(THURSDAY);

  it('shows the station, the open line, today\'s hours and tap-to-call links with scripts switched off', async () => {
    const context = await s.browser.newContext({ viewport: { width: 375, height: 812 }, locale: 'zh-CN', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(s.station.url);
    const block = page.locator('#first-paint');
    await expect(block.locator('h1').innerText()).resolves.toBe('西山镇公共法律服务工作站');
    await expect(block.getByRole('status').innerText()).resolves.toMatch(/办公中[\s\S]*正在办公 · 今天 12:00 开始午休[\s\S]*今天办公时间：9:00–12:00、13:30–17:00/);
    const call = block.getByRole('link', { name: /拨打投诉电话.*0791-83280001/ });
    await expect(call.getAttribute('href')).resolves.toBe('tel:079183280001');
    expect((await call.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await context.close();
  });

  it('is replaced by the app once it has loaded: one heading, the app\'s own status line', async () => {
    const page = await phonePage(s.browser, THURSDAY);
    await page.goto(s.station.url);
    await page.locator('.page .status').first().waitFor();
    await page.locator('#first-paint').waitFor({ state: 'detached' });
    expect(await page.getByRole('heading', { level: 1, name: '西山镇公共法律服务工作站' }).count()).toBe(1);
    await page.context().close();
  });

  it('has no critical or serious axe-core findings, nor has the privacy page', async () => {
    const page = await phonePage(s.browser, THURSDAY);
    await page.route(/\/js\/.*\.js$/, (route) => route.abort()); // the app never arrives: the first paint alone
    await page.goto(s.station.url);
    await page.locator('#first-paint .fp-line').waitFor();
    await page.screenshot({ path: 'test-results/first-paint-375.png' });
    expect(await seriousFindings(page)).toEqual([]);
    await page.context().close();

    const privacy = await phonePage(s.browser, THURSDAY);
    await openPath(privacy, s.station.url, '/packages/privacy/pages/index/index');
    await privacy.getByRole('button', { name: '同意并继续' }).filter({ visible: true }).first().waitFor();
    await privacy.screenshot({ path: 'test-results/privacy-375.png', fullPage: true });
    expect(await seriousFindings(privacy)).toEqual([]);
    await privacy.context().close();
  });
});
