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

/**
 * 分流交办 on the H5 build and the real gateway: the window refers a phone consultation to the
 * court (the only unit, so the lead); the admin invites the court's liaison (role unitLiaison,
 * unit court); the liaison signs in with the code, finds the referral on their board, tries to
 * decline without a reason (refused in words, nothing sent), writes the reason and declines;
 * the window sees the reason on the referral.
 */
describe('a unit liaison declines a referral with a written reason', () => {
  const s = useStationInBrowser(NOW);

  it('refers, the liaison declines with a reason from their phone, and the station reads it', async () => {
    const staff = await phonePage(s.browser, NOW);
    await signIn(staff, s.station.url, DEMO.staff);
    const reg = await callFromPage(staff, 'tickets', {
      action: 'register', requestId: 'browser-ref-0001', channel: 'phone', type: 'consultation', content: '邻居占了我家的宅基地，想请法庭调解', contact: { name: '王某', phone: '13900001111' },
    });
    expect(reg.ok).toBe(true);
    const ticketId = reg.data.ticket.id as string;
    await openPath(staff, s.station.url, `/packages/referrals/pages/refer/index?ticketId=${encodeURIComponent(ticketId)}`);
    await staff.getByRole('heading', { name: '分流交办' }).filter({ visible: true }).first().waitFor();
    await visibleText(staff, '县人民法院西山法庭（示例）').waitFor();
    await shot(staff, 'referral-refer-sheet');
    expect(await seriousFindings(staff)).toEqual([]);
    const made = await callFromPage(staff, 'referrals', {
      action: 'refer', requestId: 'browser-ref-0002', ticketId, units: [{ unitId: 'unit:court', lead: true }],
      content: '请核实宅基地纠纷并组织调解', dueDate: '2026-12-10', requirements: '依法调解，结果书面反馈工作站',
    });
    expect(made.ok).toBe(true);
    const id = made.data.referral.id as string;

    const admin = await phonePage(s.browser, NOW);
    await signIn(admin, s.station.url, DEMO.admin);
    const invited = await callFromPage(admin, 'people', { action: 'invite', name: '法庭联络员小周', roles: ['unitLiaison'], unitIds: ['unit:court'], requestId: 'browser-ref-0003' });
    expect(invited.ok).toBe(true);
    const code = invited.data.invitation.code as string;

    const liaison = await phonePage(s.browser, NOW);
    await openPath(liaison, s.station.url, '/packages/dev/pages/sign-in/index');
    await liaison.locator('input[aria-label="邀请码"], [aria-label="邀请码"] input').filter({ visible: true }).first().fill(code);
    await visibleText(liaison, '以新身份登录并加入').click();
    await liaison.getByRole('heading', { name: '工作台' }).filter({ visible: true }).first().waitFor();
    await openPath(liaison, s.station.url, '/packages/referrals/pages/index/index');
    await visibleText(liaison, '请核实宅基地纠纷并组织调解').waitFor();
    await visibleText(liaison, /请在 11月30日（周一）17:00 前答复/).waitFor();
    await shot(liaison, 'referral-liaison-board');
    expect(await seriousFindings(liaison)).toEqual([]);
    await liaison.getByRole('link', { name: /请核实宅基地纠纷并组织调解/ }).filter({ visible: true }).first().click();
    await visibleText(liaison, '县人民法院西山法庭（示例）：是否受理').waitFor();
    expect(await liaison.getByText('13900001111').count()).toBe(0); // the resident's phone never reaches the unit
    await button(liaison, '不予受理').click();
    await button(liaison, '确认不予受理').click();
    await visibleText(liaison, '不予受理请写明原因').waitFor();
    await liaison.locator('[aria-label="不予受理的原因"] textarea, textarea[aria-label="不予受理的原因"]').filter({ visible: true }).first().fill('该纠纷尚未经村调解委员会调解，请先由村调委会调处');
    expect(await visibleText(liaison, '不予受理请写明原因').count()).toBe(0); // the error goes once the reason is written
    await shot(liaison, 'referral-liaison-decline');
    expect(await seriousFindings(liaison)).toEqual([]);
    await button(liaison, '确认不予受理').click();
    await visibleText(liaison, /不予受理，原因：该纠纷尚未经村调解委员会调解/).waitFor();
    await visibleText(liaison, '状态：对方不予受理，待主任重新交办').waitFor();
    await shot(liaison, 'referral-liaison-declined');

    await openPath(staff, s.station.url, `/packages/referrals/pages/detail/index?id=${encodeURIComponent(id)}`);
    await visibleText(staff, /不予受理，原因：该纠纷尚未经村调解委员会调解，请先由村调委会调处（法庭联络员小周/).waitFor();
    const got = await callFromPage(staff, 'referrals', { action: 'get', id });
    expect(got.data.referral.units[0]).toMatchObject({ state: 'declined', answer: { accept: false, onBehalf: false } });
  });
});
