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

/** Every visible tap target's smallest side and font size in px, for the elder-friendly floor. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => Array.from(document.querySelectorAll('[role="button"], [role="checkbox"], [role="radio"], [role="link"], button'))
    .filter((el) => (el as HTMLElement).offsetParent !== null)
    .map((el) => ({ el: el as HTMLElement, r: el.getBoundingClientRect(), f: parseFloat(getComputedStyle(el).fontSize) }))
    .filter(({ r, f }) => r.height < 44 || f < 16)
    .map(({ el, r, f }) => `${(el.getAttribute('aria-label') ?? el.textContent ?? '').slice(0, 30)} ${Math.round(r.height)}px/${f}px`));
}

/**
 * Issue 13, what the earlier round left open, on the H5 build and the real gateway: the director
 * re-dispatches a declined referral to units chosen from the registry (one leading); staff refer a
 * legal-aid application from its sheet and the applicant reads to whom it went; a complaint
 * transferred in from the county bureau shows its reply deadline on the ticket.
 */
describe('分流交办: re-dispatch, legal-aid applications, transferred-in complaints', () => {
  const s = useStationInBrowser(NOW);

  it('the director re-dispatches a declined referral to two units picked from the registry, the police station leading', async () => {
    const staff = await phonePage(s.browser, NOW);
    await signIn(staff, s.station.url, DEMO.staff);
    const reg = await callFromPage(staff, 'tickets', {
      action: 'register', requestId: 'browser-rd-0001', channel: 'phone', type: 'consultation', content: '邻居占了我家的宅基地，想请法庭调解', contact: { name: '王某', phone: '13900001111' },
    });
    const ticketId = reg.data.ticket.id as string;
    const made = await callFromPage(staff, 'referrals', {
      action: 'refer', requestId: 'browser-rd-0002', ticketId, units: [{ unitId: 'unit:court', lead: true }],
      content: '请核实宅基地纠纷并组织调解', dueDate: '2026-12-10', requirements: '依法调解，结果书面反馈工作站',
    });
    const id = made.data.referral.id as string;
    expect((await callFromPage(staff, 'referrals', { action: 'answer', id, unitId: 'unit:court', accept: false, reason: '尚未经村调委会调解' })).ok).toBe(true);

    const director = await phonePage(s.browser, NOW);
    await signIn(director, s.station.url, DEMO.director);
    await openPath(director, s.station.url, `/packages/referrals/pages/detail/index?id=${encodeURIComponent(id)}`);
    await visibleText(director, '重新交办给其他单位或窗口').waitFor();
    await director.getByRole('checkbox', { name: /本站人民调解窗口/ }).filter({ visible: true }).first().click();
    await director.getByRole('checkbox', { name: /西山派出所/ }).filter({ visible: true }).first().click();
    await director.getByRole('radio', { name: /设为牵头单位：西山派出所/ }).filter({ visible: true }).first().click();
    await director.locator('[aria-label="重新交办的原因"] textarea, textarea[aria-label="重新交办的原因"]').filter({ visible: true }).first().fill('法庭不予受理，改由派出所牵头、调解窗口配合');
    await shot(director, 'referral-redispatch-picker');
    expect(await seriousFindings(director)).toEqual([]);
    expect(await smallTargets(director)).toEqual([]);
    await button(director, '重新交办').click();
    await visibleText(director, /西山派出所（示例）（牵头单位）：待确认/).waitFor();
    await shot(director, 'referral-redispatched');
    const got = await callFromPage(director, 'referrals', { action: 'get', id });
    expect(got.data.referral.units.filter((u: any) => u.state === 'sent').map((u: any) => [u.unitId, u.lead])).toEqual([['unit:window-mediation', false], ['unit:police-station', true]]);
  });

  it('staff refer a legal-aid application from its sheet; the applicant reads to whom it went, not the content', async () => {
    const resident = await phonePage(s.browser, NOW);
    await signIn(resident, s.station.url, DEMO.resident);
    const applied = await callFromPage(resident, 'legalAid', {
      action: 'apply', requestId: 'browser-rd-0003', applicant: { name: '李某', phone: '13900001111', birthDate: '1986-05-01' }, groups: [],
      matter: { kind: 'medicalDamage', summary: '在医院手术后出现并发症，想追究医院责任。', opponent: '某医院' },
      hardship: 'declaration', declaration: { income: '家庭月收入约1500元', promise: true },
    });
    expect(applied.ok).toBe(true);
    const applicationId = applied.data.application.id as string;
    const staff = await phonePage(s.browser, NOW);
    await signIn(staff, s.station.url, DEMO.staff);
    expect((await callFromPage(staff, 'legalAid', { action: 'accept', id: applicationId })).ok).toBe(true);
    await openPath(staff, s.station.url, `/packages/staff/pages/legal-aid/detail/index?id=${encodeURIComponent(applicationId)}`);
    await visibleText(staff, '还没有交办。').waitFor();
    await button(staff, '交给其他单位办理（如县法律援助中心）').click();
    await visibleText(staff, /交办这份法律援助申请/).waitFor();
    await staff.getByRole('checkbox', { name: /县法律援助中心/ }).filter({ visible: true }).first().click();
    await shot(staff, 'referral-refer-application');
    expect(await seriousFindings(staff)).toEqual([]);
    const made = await callFromPage(staff, 'referrals', {
      action: 'refer', requestId: 'browser-rd-0004', applicationId, units: [{ unitId: 'unit:legal-aid-centre', lead: true }],
      content: '医疗损害赔偿案件，请中心指派有医疗纠纷经验的律师', dueDate: '2026-12-10', requirements: '结果书面反馈工作站',
    });
    expect(made.ok).toBe(true);
    await openPath(staff, s.station.url, `/packages/staff/pages/legal-aid/detail/index?id=${encodeURIComponent(applicationId)}`);
    await staff.reload(); // a fresh sheet, not the one left under the refer page
    await visibleText(staff, /分流交办：县法律援助中心（示例） · 已交办，待对方确认受理/).waitFor();
    await shot(staff, 'referral-application-sheet');
    expect(await seriousFindings(staff)).toEqual([]);

    await openPath(resident, s.station.url, `/packages/legal-aid/pages/detail/index?id=${encodeURIComponent(applicationId)}`);
    await visibleText(resident, '已交办至 县法律援助中心（示例） 办理').waitFor();
    expect(await resident.getByText(/医疗纠纷经验/).count()).toBe(0);
    await shot(resident, 'referral-application-resident');
  });

  it('a complaint transferred in from the county bureau shows by when the bureau must have its reply', async () => {
    const staff = await phonePage(s.browser, NOW);
    await signIn(staff, s.station.url, DEMO.staff);
    const reg = await callFromPage(staff, 'tickets', {
      action: 'register', requestId: 'browser-rd-0005', channel: 'transferred', type: 'complaint', content: '县局转来：反映窗口收取咨询费',
      contact: { name: '赵某', phone: '13700002222' }, complaint: { scope: 'fees' },
      transferredFrom: { department: '新建区司法局', reference: '新司转〔2026〕12号', dueDate: '2026-11-28' },
    });
    expect(reg.ok).toBe(true);
    await openPath(staff, s.station.url, `/packages/staff/pages/tickets/detail/index?id=${encodeURIComponent(reg.data.ticket.id)}`);
    await visibleText(staff, /请在 11月30日（周一）17:00 前回复转来部门/).waitFor();
    await shot(staff, 'transferred-ticket');
    expect(await seriousFindings(staff)).toEqual([]);
    await openPath(staff, s.station.url, '/packages/staff/pages/register/index');
    await staff.getByRole('radio', { name: '来源：部门转来' }).filter({ visible: true }).first().click();
    await visibleText(staff, '回复期限（转来部门要求哪天前回复）').waitFor();
    await shot(staff, 'transferred-register');
    expect(await seriousFindings(staff)).toEqual([]);
  });
});
