import { phonePage } from './support/browser';
import { seriousFindings } from './support/axe';
import { useStationInBrowser } from './support/lifecycle';
import { statusLine, visibleText } from './support/page';
import { DEMO, openPath, signIn } from './support/sign-in';
import { HYPOTHETICAL_NOTICE_2027 } from '../server/calendar/notice-2027';

jest.setTimeout(150_000);

const NOW = '2026-12-01T10:00:00+08:00';
const SHOTS = process.env.SCREENSHOT_DIR;

/** Issue 9 §4 on the H5 build: the admin pastes the notice, checks the changed days, confirms. */
describe('the admin enters the State Council holiday notice', () => {
  const s = useStationInBrowser(NOW);

  it('reads the pasted 2027 notice, shows the changed days beside the current calendar, and enters it', async () => {
    const page = await phonePage(s.browser, NOW);
    await signIn(page, s.station.url, DEMO.admin);
    await openPath(page, s.station.url, '/packages/admin/pages/calendar/index');
    await visibleText(page, '录入国务院节假日通知').waitFor();
    await visibleText(page, /2027年：尚未录入通知/).waitFor();
    const box = page.locator('[aria-label="通知全文"] textarea, textarea[aria-label="通知全文"]').filter({ visible: true }).first();
    await box.fill(HYPOTHETICAL_NOTICE_2027);
    await visibleText(page, '读取通知').click();
    await visibleText(page, '10月4日（周一）：现在 上班 → 录入后 休息（国庆节）').waitFor();
    await visibleText(page, '读到的安排（7 项）').waitFor();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/admin-notice-preview.png`, fullPage: true });
    expect(await seriousFindings(page)).toEqual([]);

    page.on('dialog', (d) => void d.accept());
    await visibleText(page, '核对无误，录入2027年通知').click();
    const modalOk = page.getByText('确认录入').filter({ visible: true });
    if (await modalOk.count()) await modalOk.first().click();
    await visibleText(page, /✓ 已录入2027年通知/).waitFor();
    await visibleText(page, /2027年：已按国务院通知计算放假和调休/).waitFor();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/admin-notice-done.png`, fullPage: true });
  });

  it('refuses a line it cannot read and names it under the field', async () => {
    const page = await phonePage(s.browser, NOW);
    await signIn(page, s.station.url, DEMO.admin);
    await openPath(page, s.station.url, '/packages/admin/pages/calendar/index');
    const box = page.locator('[aria-label="通知全文"] textarea, textarea[aria-label="通知全文"]').filter({ visible: true }).first();
    await box.fill('一、元旦：1月1日（周四）放假，共1天。');
    await visibleText(page, '读取通知').click();
    await visibleText(page, /有一行没有读懂：「一、元旦：1月1日（周四）放假，共1天。」——1月1日是周五/).waitFor();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/admin-notice-refused.png`, fullPage: true });
  });
});

describe('the home page on 2027-01-01, before the 2027 notice', () => {
  const NEW_YEAR = '2027-01-01T10:00:00+08:00';
  const s = useStationInBrowser(NEW_YEAR);

  it('says the station is closed for 元旦 and reopens on Monday', async () => {
    const page = await phonePage(s.browser, NEW_YEAR);
    await page.goto(s.station.url);
    await expect(statusLine(page)).resolves.toMatch(/今天休息（元旦）· 1月4日（周一）9:00 开门/);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/home-2027-01-01.png` });
  });
});
