import type { Page } from 'playwright-core';
import { phonePage } from './support/browser';
import { useStationInBrowser } from './support/lifecycle';
import { visibleText } from './support/page';

jest.setTimeout(120_000);

/** Thursday 2026-11-26 10:00 in Beijing, a working day: the station clock and the phones' clock. */
const NOW = '2026-11-26T10:00:00+08:00';

/** Signs a phone in as a demo account through the H5 demo sign-in page. */
async function signIn(page: Page, url: string, account: string): Promise<void> {
  await page.goto(`${url}/#/packages/dev/pages/sign-in/index`);
  await page.getByLabel(`以${account}登录`).click();
  await visibleText(page, '现在是否办公').waitFor();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A visible button by its words: Taro's H5 buttons are `taro-button-core` elements without a
 * button role, so they are found by text (a string must match the whole text, after a ✓ mark).
 */
function button(page: Page, text: string | RegExp) {
  const re = typeof text === 'string' ? new RegExp(`^(✓ )?${escape(text)}$`) : text;
  return page.locator('taro-button-core, [role="button"]').filter({ visible: true }).filter({ hasText: re }).first();
}

/** Visible text that is exactly `text` (the home page's entry contains the hub's titles too). */
const exactText = (page: Page, text: string) => page.getByText(text, { exact: true }).filter({ visible: true }).first();

/** Types into the Taro input labelled `label` on the page in view. */
async function fill(page: Page, label: string, value: string): Promise<void> {
  await page.locator(`[aria-label="${label}"]`).filter({ visible: true }).first().locator('input, textarea').first().fill(value);
}

/** Booking and home visits on the H5 build, served by the real gateway on the embedded store. */
describe('appointments on the H5 build', () => {
  const s = useStationInBrowser(NOW);

  it('lets demo-resident book an office visit for tomorrow 9:00, see it in 我的预约 and cancel it', async () => {
    const page = await phonePage(s.browser, NOW);
    await signIn(page, s.station.url, '居民（75岁）');
    await visibleText(page, '预约到站 / 上门服务').click();
    await exactText(page, '预约到站').click();
    await button(page, /^法律咨询/).click();
    await visibleText(page, '哪一天来？').waitFor();
    await button(page, /^明天 11月27日（周五）还有 \d+ 个空位/).click();
    await button(page, /^9:00–9:30还有 2 个空位/).click();
    await visibleText(page, '请核对预约').waitFor();
    await page.waitForFunction(() => Array.from(document.querySelectorAll('[aria-label="您的姓名"] input'))
      .some((i) => (i as HTMLInputElement).value === '示例·陈大爷'));
    await fill(page, '您的电话（可以不填）', '13912345678');
    await button(page, '确认预约').click();
    await visibleText(page, '✓ 预约成功').waitFor();
    await visibleText(page, '9:00–9:30').waitFor();

    const staff = await phonePage(s.browser, NOW);
    await signIn(staff, s.station.url, '窗口工作人员');
    await staff.goto(`${s.station.url}/#/packages/staff/pages/appointments/index`);
    await button(staff, '后一天 ›').click();
    await visibleText(staff, '法律咨询 · 示例·陈大爷（本人预约）').waitFor();
    await visibleText(staff, '电话 139****5678').waitFor();

    await button(page, '查看我的预约').click();
    await visibleText(page, '明天 11月27日（周五） 9:00–9:30').waitFor();
    await visibleText(page, '已预约').waitFor();
    await button(page, '取消预约').click();
    await visibleText(page, '确定取消吗？').waitFor();
    await page.getByText('确定取消', { exact: true }).filter({ visible: true }).click();
    await visibleText(page, '✓ 已取消。').waitFor();
    await visibleText(page, '已取消').waitFor();
    await visibleText(page, '现在没有要去的预约。').waitFor();
  });

  it('takes demo-resident\'s home-visit request (aged 75), which staff then see and confirm in the day view', async () => {
    const resident = await phonePage(s.browser, NOW);
    await signIn(resident, s.station.url, '居民（75岁）');
    await visibleText(resident, '预约到站 / 上门服务').click();
    await exactText(resident, '上门服务').click();
    await button(resident, /^年满七十岁/).click();
    await fill(resident, '您的出生日期', '19510315');
    await visibleText(resident, '即 1951年3月15日出生，今年 75 岁').waitFor();
    await button(resident, '下一步').click();
    await fill(resident, '上门地址', '西山镇西山村3组12号');
    await fill(resident, '联系电话', '13912345678');
    await button(resident, '下一步').click();
    await button(resident, /^明天 11月27日/).click();
    await fill(resident, '简单说说是什么事', '想立遗嘱，腿脚不便');
    await button(resident, '提交申请').click();
    await visibleText(resident, '✓ 申请已提交').waitFor();

    const staff = await phonePage(s.browser, NOW);
    await signIn(staff, s.station.url, '窗口工作人员');
    await staff.goto(`${s.station.url}/#/packages/staff/pages/appointments/index`);
    await visibleText(staff, '待答复的上门申请（1）').waitFor();
    await visibleText(staff, '地址：西山镇西山村3组12号').waitFor();
    await visibleText(staff, '电话 139****5678').waitFor();
    await button(staff, /^时间待定待答复上门服务/).click();
    await button(staff, '确认上门时间').click();
    await button(staff, /^✓ 明天11月27日（周五）·希望$/).waitFor();
    await button(staff, '14:00').click();
    await button(staff, '确认上门').click();
    await visibleText(staff, '已确认 明天 11月27日（周五） 14:00 上门，居民会收到通知。').waitFor();
    await button(staff, '后一天 ›').click();
    await visibleText(staff, '当天上门服务（1）').waitFor();
    await visibleText(staff, '已确认').waitFor();

    await resident.goto(`${s.station.url}/#/packages/booking/pages/mine/index`);
    await visibleText(resident, '明天 11月27日（周五） 14:00').waitFor();
    await visibleText(resident, '已确认').waitFor();
  });
});
