import type { Page } from 'playwright-core';
import { phonePage } from './support/browser';
import { useStationInBrowser } from './support/lifecycle';
import { visibleText } from './support/page';
import { DEMO, openPath, signIn } from './support/sign-in';

jest.setTimeout(150_000);

/** Thursday 2026-11-26 10:00 in Beijing, a working day: the station's clock and the phones'. */
const NOW = '2026-11-26T10:00:00+08:00';

const button = (page: Page, name: string | RegExp) => page.getByRole('button', { name }).filter({ visible: true }).first();
const radio = (page: Page, name: string | RegExp) => page.getByRole('radio', { name }).filter({ visible: true }).first();

/** Types into the Taro input or text box labelled `label` on the page in view. */
async function fill(page: Page, label: string, value: string): Promise<void> {
  await page.locator(`[aria-label="${label}"]`).filter({ visible: true }).first().locator('input, textarea').first().fill(value);
}

/**
 * 网上投诉 end to end on the H5 build and the real gateway: a resident files a complaint, a staff
 * member accepts it and replies from the workbench (a 服务忌语 is caught first), the resident
 * reads the answer in 我的事项.
 */
describe('online complaint answered from the workbench', () => {
  const s = useStationInBrowser(NOW);

  it('files, replies with a warning first, and shows the answer to the resident', async () => {
    const resident = await phonePage(s.browser, NOW);
    await signIn(resident, s.station.url, DEMO.resident);
    await visibleText(resident, '我要投诉 / 提意见').click();
    await visibleText(resident, '2. 是哪方面的问题？（选一个）').waitFor();
    await fill(resident, '1. 发生了什么事？', '上午在窗口问法律援助要带什么，工作人员说不知道，让我找别人去');
    await radio(resident, /没有一次说清楚，让我来回跑/).click();
    await fill(resident, '您的电话', '13912345678');
    await button(resident, '提交投诉').click();
    await visibleText(resident, '✓ 已提交，工作站已收到').waitFor();
    await visibleText(resident, '5 个工作日内答复').waitFor();
    await visibleText(resident, '按今天收到计算，最晚 12月3日（周四）前答复您').waitFor();

    const staff = await phonePage(s.browser, NOW);
    await signIn(staff, s.station.url, DEMO.staff);
    await openPath(staff, s.station.url, '/packages/staff/pages/tickets/index');
    const row = staff.getByRole('link', { name: /投诉（未一次性告知）/ }).filter({ visible: true }).first();
    await row.waitFor();
    expect(await row.innerText()).toContain('待受理');
    expect(await row.innerText()).toContain('139****5678');
    await row.click();
    await button(staff, '受理，由我办理').click();
    await button(staff, '回复').waitFor();
    await visibleText(staff, /还剩 5 个工作日/).waitFor();
    await visibleText(staff, '13912345678').waitFor();

    await button(staff, '回复').click();
    await fill(staff, '答复内容', '这个我不知道');
    await visibleText(staff, /服务忌语「不知道」→ 建议说：「请稍等，我帮您问一下」/).waitFor();
    await button(staff, '发送回复').click();
    await visibleText(staff, '⚠ 这条回复含有服务忌语，还没有发送').waitFor();
    await button(staff, '返回修改').click();
    await fill(staff, '答复内容', '陈大爷您好，法律援助需要带身份证和经济困难状况说明表，我们已对窗口同事进行提醒，向您道歉。');
    await button(staff, '发送回复').click();
    await visibleText(staff, /示例·张某.*答复/).waitFor();

    await openPath(resident, s.station.url, '/packages/resident/pages/tickets/index');
    const mine = resident.getByRole('link', { name: /^投诉 ›[\s\S]*工作人员正在办理/ }).filter({ visible: true }).first();
    await mine.waitFor();
    await mine.click();
    await visibleText(resident, '工作人员的答复（1 条）').waitFor();
    await visibleText(resident, /法律援助需要带身份证和经济困难状况说明表/).waitFor();
    await visibleText(resident, '◐ 工作人员正在办理').waitFor();
    expect(await resident.getByText('这个我不知道').count()).toBe(0);
  });
});
