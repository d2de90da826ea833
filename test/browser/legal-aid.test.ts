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

/**
 * 绿色通道 五个当天 end to end on the H5 build and the real gateway: an elderly resident with a
 * 低保 certificate applies from the legal-aid guide at 10:00; the window accepts, the director
 * grants and assigns a worker from the roster, the window records the first contact — all before
 * 17:00 the same day, every clock kept — and the resident follows each step with its time.
 */
describe('a green-channel application done the same day', () => {
  const s = useStationInBrowser(NOW);

  it('applies from the guide, is accepted, granted, assigned and aided the same day, and shows each step', async () => {
    const resident = await phonePage(s.browser, NOW);
    await signIn(resident, s.station.url, DEMO.resident);
    await openPath(resident, s.station.url, '/pages/guide/index?key=guide%3Alegal-aid');
    await button(resident, '申请法律援助').click();
    await visibleText(resident, '第 1 步，共 4 步：申请人').waitFor();
    await fill(resident, '申请人姓名', '陈大爷');
    await fill(resident, '联系电话', '13812345678');
    await fill(resident, '出生日期（可以不填）', '1951-03-15');
    expect(await seriousFindings(resident)).toEqual([]);
    await shot(resident, 'apply-step1');
    await button(resident, '下一步').click();
    await visibleText(resident, '第 2 步，共 4 步：哪类人').waitFor();
    await resident.getByRole('checkbox', { name: '老年人' }).filter({ visible: true }).first().click();
    await button(resident, '下一步').click();
    await radio(resident, /赡养费/).click();
    await fill(resident, '发生了什么事？', '三个子女都不给赡养费，想请律师帮忙。');
    await button(resident, '下一步').click();
    await visibleText(resident, '第 4 步，共 4 步：经济情况').waitFor();
    await radio(resident, /我有低保证/).click();
    await visibleText(resident, '最低生活保障证').waitFor();
    expect(await resident.locator('[aria-label="家里的经济情况"]').count()).toBe(0);
    expect(await seriousFindings(resident)).toEqual([]);
    await shot(resident, 'apply-step4');
    await button(resident, '提交申请').click();
    await visibleText(resident, '✓ 申请已提交').waitFor();
    await visibleText(resident, /今天就受理、审批、指派律师/).waitFor();

    const staff = await phonePage(s.browser, NOW);
    await signIn(staff, s.station.url, DEMO.staff);
    await openPath(staff, s.station.url, '/packages/staff/pages/index/index');
    await visibleText(staff, '法律援助').first().click();
    await visibleText(staff, '今天的绿色通道（1 件）').waitFor();
    await visibleText(staff, '法律援助受理：11月26日（周四）17:00前').waitFor();
    expect(await seriousFindings(staff)).toEqual([]);
    await shot(staff, 'staff-queue');
    await staff.getByRole('link', { name: /陈大爷.*已申请，待受理/ }).filter({ visible: true }).first().click();
    await button(staff, '受理').click();
    await visibleText(staff, '已受理，待审批').waitFor();
    await visibleText(staff, '法律援助申请受理回执').first().waitFor();

    const director = await phonePage(s.browser, NOW);
    await signIn(director, s.station.url, DEMO.director);
    await openPath(director, s.station.url, staff.url().split('#')[1]);
    await button(director, '给予法律援助').click();
    await visibleText(director, '已决定给予援助，待指派').waitFor();
    await radio(director, /示例·王律师/).click();
    await button(director, '指派').click();
    await visibleText(director, '已指派，待援助人员联系').waitFor();
    expect(await seriousFindings(director)).toEqual([]);
    await shot(director, 'director-sheets');

    await staff.reload();
    await visibleText(staff, '已指派，待援助人员联系').waitFor();
    await radio(staff, '联系受援人').click();
    await fill(staff, '进展内容', '王律师电话联系陈大爷，约定明天上门了解情况。');
    await button(staff, '登记进展').click();
    await visibleText(staff, '援助中').waitFor();
    const clocks = await staff.getByRole('list', { name: '办理时限' }).filter({ visible: true }).first().innerText();
    expect(clocks.match(/✓ 按时完成/g)).toHaveLength(4);

    await openPath(resident, s.station.url, '/packages/legal-aid/pages/mine/index');
    await resident.getByRole('link', { name: /援助中/ }).filter({ visible: true }).first().click();
    await visibleText(resident, '律师正在为您办理').waitFor();
    for (const step of ['示例·张某 受理', '示例·刘某 决定给予法律援助', '联系受援人：王律师电话联系陈大爷，约定明天上门了解情况。']) await visibleText(resident, step).waitFor();
    expect(await resident.getByText('11月26日（周四）10:00').count()).toBeGreaterThan(0);
    await visibleText(resident, '给予法律援助决定书').first().waitFor();
    expect(await resident.getByText('法律援助指派通知书').count()).toBe(0);
    expect(await seriousFindings(resident)).toEqual([]);
    await shot(resident, 'resident-detail');
  });
});
