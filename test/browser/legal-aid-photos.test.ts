import type { Page } from 'playwright-core';
import { phonePage } from './support/browser';
import { seriousFindings } from './support/axe';
import { useStationInBrowser } from './support/lifecycle';
import { visibleText, shot } from './support/page';
import { DEMO, openPath, signIn } from './support/sign-in';

jest.setTimeout(300_000);

/** Thursday 2026-11-26 10:00 in Beijing, a working day. */
const NOW = '2026-11-26T10:00:00+08:00';

const button = (page: Page, name: string | RegExp) => page.getByRole('button', { name }).filter({ visible: true }).first();
const radio = (page: Page, name: string | RegExp) => page.getByRole('radio', { name }).filter({ visible: true }).first();

async function fill(page: Page, label: string, value: string): Promise<void> {
  await page.locator(`[aria-label="${label}"]`).filter({ visible: true }).first().locator('input, textarea').first().fill(value);
}

/** A real, decodable JPEG (a 户口簿 page stand-in), drawn by the browser itself. */
async function jpegOf(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const c = document.createElement('canvas');
    c.width = 240;
    c.height = 160;
    const g = c.getContext('2d')!;
    g.fillStyle = '#f3e2c0';
    g.fillRect(0, 0, 240, 160);
    g.fillStyle = '#7a1f1f';
    g.fillRect(20, 20, 200, 30);
    return c.toDataURL('image/jpeg', 0.8);
  });
  return Buffer.from(dataUrl.split(',')[1], 'base64');
}

/** Whether the visible material photo `n` has loaded (an <img> with real pixels). */
async function photoLoaded(page: Page, n: number): Promise<boolean> {
  const thumb = page.getByRole('button', { name: `第 ${n} 张材料照片，点开看大图` }).filter({ visible: true }).first();
  await thumb.waitFor();
  const img = thumb.locator('img').first();
  await page.waitForFunction((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0, await img.elementHandle(), { timeout: 15_000 });
  return img.evaluate((el) => (el as HTMLImageElement).naturalWidth === 240);
}

/**
 * issue 11: on the H5 build through the real gateway, a resident photographs a material on the
 * apply form (the chosen file goes to `POST /api/files` with their session), submits, and the
 * window sees the photo on the application; the resident sees it on 我的申请 too.
 */
describe('a resident adds a material photo on H5 and staff see it on the application', () => {
  const s = useStationInBrowser(NOW);

  it('uploads the photo from the apply form, and both the window and the applicant can open it', async () => {
    const resident = await phonePage(s.browser, NOW);
    await signIn(resident, s.station.url, DEMO.resident);
    await openPath(resident, s.station.url, '/packages/legal-aid/pages/apply/index');
    await visibleText(resident, '第 1 步，共 4 步：申请人').waitFor();
    await fill(resident, '申请人姓名', '陈大爷');
    await fill(resident, '联系电话', '13812345678');
    await fill(resident, '出生日期（可以不填）', '1951-03-15');
    await button(resident, '下一步').click();
    await resident.getByRole('checkbox', { name: '老年人' }).filter({ visible: true }).first().click();
    await button(resident, '下一步').click();
    await radio(resident, /赡养费/).click();
    await fill(resident, '发生了什么事？', '三个子女都不给赡养费，想请律师帮忙。');
    await button(resident, '下一步').click();
    await visibleText(resident, '第 4 步，共 4 步：经济情况').waitFor();
    await radio(resident, /我有低保证/).click();

    const uploads: number[] = [];
    resident.on('response', (r) => { if (r.url().endsWith('/api/files') && r.request().method() === 'POST') uploads.push(r.status()); });
    const photo = await jpegOf(resident);
    const chooser = resident.waitForEvent('filechooser');
    await button(resident, '拍照 / 选照片').click();
    await (await chooser).setFiles({ name: 'dibao.jpg', mimeType: 'image/jpeg', buffer: photo });
    await button(resident, '删去第 1 张照片').waitFor();
    expect(uploads).toEqual([200]); // through the gateway with the resident's session
    expect(await seriousFindings(resident)).toEqual([]);
    await shot(resident, 'apply-photo');
    await button(resident, '提交申请').click();
    await visibleText(resident, '✓ 申请已提交').waitFor();

    const staff = await phonePage(s.browser, NOW);
    await signIn(staff, s.station.url, DEMO.staff);
    await openPath(staff, s.station.url, '/packages/staff/pages/legal-aid/index');
    await staff.getByRole('link', { name: /陈大爷/ }).filter({ visible: true }).first().click();
    await visibleText(staff, '材料照片 1 张').waitFor();
    expect(await photoLoaded(staff, 1)).toBe(true);
    expect(await seriousFindings(staff)).toEqual([]);
    await shot(staff, 'staff-application-photo');

    await button(resident, '查看我的申请').click();
    await visibleText(resident, '我交的材料照片（1 张）').waitFor();
    expect(await photoLoaded(resident, 1)).toBe(true);
    expect(await seriousFindings(resident)).toEqual([]);
    await shot(resident, 'resident-application-photo');

    // the window sends a one-time materials notice; the resident supplies a photo at the 补充材料 step
    await fill(staff, '需补充的材料（每行一项）', '户口簿首页');
    await button(staff, '发出补充材料通知').click();
    await visibleText(staff, '补充材料（一次性告知）').waitFor();
    await visibleText(staff, /^○ 补充材料：12月1日（周二）17:00前补齐，还没到期$/).waitFor();
    await resident.reload();
    await visibleText(resident, '请补充这些材料').waitFor();
    const second = resident.waitForEvent('filechooser');
    await button(resident, '拍照 / 选照片').click();
    await (await second).setFiles({ name: 'hukou.jpg', mimeType: 'image/jpeg', buffer: photo });
    await button(resident, '删去第 1 张照片').waitFor();
    expect(await seriousFindings(resident)).toEqual([]);
    await shot(resident, 'supply-photo');
    await button(resident, '交上这 1 张材料照片').click();
    await visibleText(resident, '材料已补充，工作站继续办理').waitFor();
    await visibleText(resident, '我交的材料照片（2 张）').waitFor();
    expect(uploads).toEqual([200, 200]);

    await staff.reload();
    await visibleText(staff, '材料照片 2 张').waitFor();
    expect(await photoLoaded(staff, 2)).toBe(true);
    await visibleText(staff, /^✓ 补充材料：12月1日（周二）17:00前补齐，已于11月26日（周四）10:\d\d按时补齐$/).waitFor();
    expect(await seriousFindings(staff)).toEqual([]);
    await visibleText(staff, '补充材料（一次性告知）').scrollIntoViewIfNeeded();
    await shot(staff, 'staff-sheet-materials');
    await openPath(staff, s.station.url, '/packages/staff/pages/legal-aid/index');
    await visibleText(staff, /✓ 补充材料：.*按时补齐/).waitFor();
    await shot(staff, 'staff-queue-materials');
  });
});
