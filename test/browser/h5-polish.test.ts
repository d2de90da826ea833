import type { Page } from 'playwright-core';
import { phonePage } from './support/browser';
import { useStationInBrowser } from './support/lifecycle';
import { statusLine, visibleText } from './support/page';
import { DEMO, openPath, signIn } from './support/sign-in';

jest.setTimeout(150_000);

/** Thursday 2026-11-26 10:00 in Beijing, a working day. */
const NOW = '2026-11-26T10:00:00+08:00';

/** WCAG contrast ratio of two 'rgb(r, g, b)' colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const top = async (page: Page, locator: ReturnType<Page['locator']>) => (await locator.boundingBox())!.y;

describe('H5 polish: global fixes and the elder-first home page', () => {
  const s = useStationInBrowser(NOW);

  it('puts 现在是否办公 first, then the tap-to-call phones, then the entry tiles two a row', async () => {
    const page = await phonePage(s.browser, NOW);
    await signIn(page, s.station.url, DEMO.resident);
    await statusLine(page);
    const status = page.locator('[role="status"]').filter({ hasText: '现在是否办公' }).filter({ visible: true }).first();
    const call = page.getByRole('button', { name: /^拨打/ }).filter({ visible: true }).first();
    const tile = (name: string) => page.getByRole('link', { name: new RegExp(`^${name}：`) }).filter({ visible: true }).first();
    const [booking, complaint, mine, messages] = [tile('预约到站 / 上门服务'), tile('我要投诉 / 提意见'), tile('我的事项'), tile('我的消息')];
    expect(await top(page, status)).toBeLessThan(await top(page, call));
    expect(await top(page, call)).toBeLessThan(await top(page, booking));
    const [b, c, m] = [(await booking.boundingBox())!, (await complaint.boundingBox())!, (await mine.boundingBox())!];
    expect(Math.abs(b.y - c.y)).toBeLessThan(2);
    expect(c.x).toBeGreaterThan(b.x + b.width - 1);
    expect(m.y).toBeGreaterThan(b.y + b.height - 1);
    expect(b.height).toBeGreaterThanOrEqual(88);
    expect(b.x + b.width).toBeLessThanOrEqual(375);
    expect(await top(page, messages)).toBeLessThan(await top(page, visibleText(page, '办公时间')));
  });

  it('types text in a Taro textarea at least as large as the body text', async () => {
    const page = await phonePage(s.browser, NOW);
    await signIn(page, s.station.url, DEMO.resident);
    await openPath(page, s.station.url, '/packages/resident/pages/complaint/index');
    const area = page.locator('textarea').filter({ visible: true }).first();
    await area.waitFor();
    const [typed, body] = await Promise.all([
      area.evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
      page.locator('.page').filter({ visible: true }).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
    ]);
    expect(typed).toBeGreaterThanOrEqual(body);
    expect(typed).toBeGreaterThanOrEqual(17);
  });

  it('keeps a disabled button readable, and registers a mailbox letter from the workbench', async () => {
    const page = await phonePage(s.browser, NOW);
    await signIn(page, s.station.url, DEMO.staff);
    await openPath(page, s.station.url, '/packages/staff/pages/index/index');
    await page.getByRole('link', { name: /^意见箱登记/ }).filter({ visible: true }).first().click();
    const off = page.getByRole('button', { name: '先加入信件再登记' }).filter({ visible: true }).first();
    await off.waitFor();
    expect(await off.getAttribute('disabled')).not.toBeNull();
    const [color, background] = await off.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
    expect(contrast(color, background)).toBeGreaterThanOrEqual(4.5);

    await page.locator('[aria-label="信的内容"]').filter({ visible: true }).first().locator('textarea').fill('窗口工作人员说话不耐烦');
    await page.getByRole('radio', { name: '投诉事项类别：态度恶劣' }).filter({ visible: true }).first().click();
    await page.getByRole('button', { name: '加入本次登记' }).filter({ visible: true }).first().click();
    const on = page.getByRole('button', { name: '登记这 1 封信' }).filter({ visible: true }).first();
    expect(await on.getAttribute('disabled')).toBeNull();
    await on.click();
    await visibleText(page, '已登记 1 封信').waitFor();
    await page.getByRole('link', { name: /第 1 封：窗口工作人员说话不耐烦/ }).filter({ visible: true }).first().click();
    await visibleText(page, '首问责任人：示例·张某').waitFor();
  });
});
