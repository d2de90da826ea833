import { phonePage } from './support/browser';
import { seriousFindings } from './support/axe';
import { useStationInBrowser } from './support/lifecycle';
import { visibleText, shot } from './support/page';
import { DEMO, openPath, signIn } from './support/sign-in';

jest.setTimeout(180_000);

const NOW = '2026-11-26T10:00:00+08:00';

/** Calls a function through the gateway as a demo account (what the pages do). */
async function api(url: string, openid: string, fn: string, event: Record<string, unknown>): Promise<any> {
  const { token } = await (await fetch(`${url}/api/dev/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ openid }) })).json();
  const res = await (await fetch(`${url}/api/fn/${fn}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(event) })).json();
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  return res.data;
}

/** Issue 9 §5 on the H5 build at 375 px: a phone request for a home visit, and 告知结果. */
describe('residents without the mini-program', () => {
  const s = useStationInBrowser(NOW);

  it('staff register a home visit taken on the phone: every problem at once, then the request with the landline whole', async () => {
    const page = await phonePage(s.browser, NOW);
    await signIn(page, s.station.url, DEMO.staff);
    await openPath(page, s.station.url, '/packages/staff/pages/phone-home-visit/index');
    await visibleText(page, '登记电话预约上门').waitFor();
    await page.locator('[aria-label="登记上门服务申请"]').filter({ visible: true }).first().click();
    await visibleText(page, '「来电人姓名」不能为空').waitFor();
    await visibleText(page, '「申请依据」请选一项').waitFor();
    await shot(page, 'phone-home-visit-errors');
    expect(await seriousFindings(page)).toEqual([]);

    const input = (label: string) => page.locator(`input[aria-label="${label}"], [aria-label="${label}"] input, textarea[aria-label="${label}"], [aria-label="${label}"] textarea`).filter({ visible: true }).first();
    await input('来电人姓名').fill('王奶奶');
    await input('联系电话').fill('079183280002');
    await input('上门地址').fill('西山镇西山村3组12号');
    await page.locator('[aria-label="申请依据：年满七十岁"]').filter({ visible: true }).first().click();
    await input('年龄（岁）').fill('82');
    await input('需要帮助的事项').fill('赡养纠纷，行动不便');
    await page.locator('[aria-label="登记上门服务申请"]').filter({ visible: true }).first().click();
    await visibleText(page, '✓ 已登记上门服务申请').waitFor();
    await visibleText(page, /王奶奶（0791-83280002）/).waitFor();
    await shot(page, 'phone-home-visit-done');
    await page.close();
  });

  it('a phone matter closed shows in 告知结果 and 我的待办 with tap-to-call; recording it clears the task', async () => {
    const url = s.station.url;
    const { ticket } = await api(url, 'demo-staff', 'tickets', {
      action: 'register', requestId: 'browser-rc-00000001', channel: 'phone', type: 'consultation', content: '来电咨询遗嘱公证', contact: { name: '李大爷', phone: '0791-83280003' },
    });
    await api(url, 'demo-staff', 'tickets', { action: 'close', id: ticket.id, result: '遗嘱公证请带身份证、户口本和房产证到县公证处' });

    const page = await phonePage(s.browser, NOW);
    await signIn(page, url, DEMO.staff);
    await openPath(page, url, '/packages/staff/pages/inbox/index');
    await visibleText(page, '告知结果：法律咨询（来电）').waitFor();
    await page.locator('[aria-label="拨打 当事人 0791-83280003"]').filter({ visible: true }).first().waitFor();
    await shot(page, 'inbox-result-call');
    await openPath(page, url, '/packages/staff/pages/result-calls/index');
    await visibleText(page, '遗嘱公证请带身份证、户口本和房产证到县公证处').waitFor();
    await page.locator('[aria-label="拨打 李大爷 0791-83280003"]').filter({ visible: true }).first().waitFor();
    await shot(page, 'result-calls');
    expect(await seriousFindings(page)).toEqual([]);
    await page.locator('[aria-label="已告知"]').filter({ visible: true }).first().click();
    await visibleText(page, '已记录：已告知李大爷。').waitFor();
    await visibleText(page, '已告知（1）').waitFor();
    await page.close();
  });
});
