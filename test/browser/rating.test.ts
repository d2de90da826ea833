import type { Page } from 'playwright-core';
import { phonePage } from './support/browser';
import { asAccount } from './support/api';
import { useStationInBrowser } from './support/lifecycle';
import { visibleText } from './support/page';
import { DEMO, openPath, signIn } from './support/sign-in';

jest.setTimeout(180_000);

/** Thursday 2026-11-26 10:00 in Beijing, a working day: the station's clock and the phones'. */
const NOW = '2026-11-26T10:00:00+08:00';

const button = (page: Page, name: string | RegExp) => page.getByRole('button', { name }).filter({ visible: true }).first();
const radio = (page: Page, name: string | RegExp) => page.getByRole('radio', { name }).filter({ visible: true }).first();

/** Types into the Taro input or text box labelled `label` on the page in view. */
async function fill(page: Page, label: string, value: string): Promise<void> {
  await page.locator(`[aria-label="${label}"]`).filter({ visible: true }).first().locator('input, textarea').first().fill(value);
}

/**
 * 服务评价与回访 end to end on the H5 build and the real gateway: a resident's question is answered
 * and closed through the real tickets function, the resident rates it 不满意 from the matter's page,
 * the callback task appears on the workbench's 回访任务 with its deadline, and the staff member
 * records a first try that did not reach the resident, then the callback itself.
 */
describe('rating 不满意 opens a callback that staff record', () => {
  const s = useStationInBrowser(NOW);

  it('rates, shows the task with its deadline, records an unreachable try and then the callback', async () => {
    const residentApi = await asAccount(s.station.url, 'demo-resident');
    const staffApi = await asAccount(s.station.url, 'demo-staff');
    const { ticket } = await residentApi<{ ticket: { id: string } }>('tickets', {
      action: 'submit', type: 'consultation', content: '邻居占了我家宅基地，该怎么办？', phone: '13912345678', requestId: 'browser-rating-0001',
    });
    await staffApi('tickets', { action: 'accept', id: ticket.id });
    await staffApi('tickets', { action: 'close', id: ticket.id, result: '已告知可申请人民调解，并约好下周三调解。' });

    const resident = await phonePage(s.browser, NOW);
    await signIn(resident, s.station.url, DEMO.resident);
    await openPath(resident, s.station.url, `/packages/resident/pages/tickets/detail/index?id=${encodeURIComponent(ticket.id)}`);
    await visibleText(resident, '✓ 已办结').waitFor();
    await resident.getByRole('link', { name: '请为这次服务评价' }).filter({ visible: true }).first().click();
    await visibleText(resident, '您对这次服务满意吗？').waitFor();
    await radio(resident, '不满意').click();
    await resident.getByRole('checkbox', { name: '办理速度' }).filter({ visible: true }).first().click();
    await fill(resident, '还想说的话（可以不填）', '等了好几天才有答复');
    await button(resident, '提交评价').click();
    await visibleText(resident, '✓ 谢谢您的评价').waitFor();
    await visibleText(resident, /工作站会在 5 个工作日内回访您/).waitFor();

    const staff = await phonePage(s.browser, NOW);
    await signIn(staff, s.station.url, DEMO.staff);
    await openPath(staff, s.station.url, '/packages/staff/pages/index/index');
    await visibleText(staff, '回访任务').click();
    const row = staff.getByRole('link', { name: /法律咨询 ›[\s\S]*评价回访 · 必须回访[\s\S]*不满意/ }).filter({ visible: true }).first();
    await row.waitFor();
    const text = await row.innerText();
    expect(text).toContain('还剩 5 个工作日');
    expect(text).toMatch(/到期时间：12月3日（周四）/);
    expect(text).toContain('等了好几天才有答复');
    await row.click();

    await visibleText(staff, '电话：13912345678').waitFor();
    await button(staff, '拨打电话：13912345678').waitFor();
    await radio(staff, '回访方式：电话征询').click();
    await radio(staff, '联系上居民了吗？：没联系上').click();
    await fill(staff, '情况说明（如：无人接听、关机、空号）', '无人接听');
    await button(staff, '保存回访记录').click();
    await visibleText(staff, '已记下第 1 次没联系上。任务还在，请换个时间再联系。').waitFor();
    await visibleText(staff, /电话征询 · 示例·张某：无人接听/).waitFor();

    await radio(staff, '联系上居民了吗？：联系上了').click();
    await fill(staff, '办理进度及结果（居民怎么说）', '调解已经约好，居民知道下周三去');
    await fill(staff, '对工作人员的评价', '态度可以，就是答复慢');
    await fill(staff, '意见和建议（可不填）', '希望网上的问题当天有人回');
    await radio(staff, '居民现在满意吗？：满意了').click();
    await button(staff, '保存回访记录').click();
    await visibleText(staff, '✓ 回访记录').waitFor();
    await visibleText(staff, '现在是否满意：✓ 满意了').waitFor();

    await openPath(staff, s.station.url, '/packages/staff/pages/callbacks/index');
    await visibleText(staff, '✓ 没有待回访的任务。').waitFor();
  });
});
