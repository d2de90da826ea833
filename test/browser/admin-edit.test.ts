import { phonePage } from './support/browser';
import { useStationInBrowser } from './support/lifecycle';
import { visibleText } from './support/page';
import { DEMO, openPath, signIn } from './support/sign-in';

jest.setTimeout(120_000);

const NOW = '2026-11-26T10:00:00+08:00';
const OLD_ADDRESS = '江西省南昌市新建区西山镇人民政府（西山司法所）';
const NEW_ADDRESS = '江西省南昌市新建区西山镇人民政府一楼（西山司法所）';

/** POSTs an event to a function as a demo account, the way the H5 app does. */
async function callAs(url: string, openid: string, fn: string, event: Record<string, unknown>) {
  const signIn = await fetch(`${url}/api/dev/sign-in`, { method: 'POST', body: JSON.stringify({ openid }), headers: { 'Content-Type': 'application/json' } });
  const { token } = (await signIn.json()) as { token: string };
  const res = await fetch(`${url}/api/fn/${fn}`, { method: 'POST', body: JSON.stringify(event), headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json()) as { ok: boolean; error?: { code: string } } };
}

/** Issue 2 on the H5 build: the platform admin publishes a change that residents then read. */
describe('the admin edits what the station publishes', () => {
  const s = useStationInBrowser(NOW);

  it('changes the address from the workbench, sees version 2 and its history, and the home page shows it', async () => {
    const page = await phonePage(s.browser, NOW);
    await signIn(page, s.station.url, DEMO.admin);
    await visibleText(page, '工作人员入口').click();
    await page.getByRole('link', { name: /信息发布管理/ }).filter({ visible: true }).first().click();
    await page.getByRole('link', { name: /^编辑 西山镇公共法律服务工作站/ }).filter({ visible: true }).first().click();
    await visibleText(page, '编辑工作站信息').waitFor();
    await visibleText(page, /第1版 · 更新于 2026年11月26日/).waitFor();

    const address = page.locator('[aria-label="地址"] textarea, textarea[aria-label="地址"]').filter({ visible: true }).first();
    await expect(address.inputValue()).resolves.toBe(OLD_ADDRESS);
    await address.fill(NEW_ADDRESS);
    await visibleText(page, '保存并发布').click();
    await visibleText(page, /第2版 · 更新于 2026年11月26日 · 示例·赵某/).waitFor();

    await visibleText(page, '历史版本').click();
    await page.getByRole('heading', { name: '历史版本' }).filter({ visible: true }).first().waitFor();
    await visibleText(page, /第2版/).waitFor();
    await visibleText(page, /第1版/).waitFor();
    await visibleText(page, new RegExp(OLD_ADDRESS.replace(/[()（）]/g, '.'))).waitFor();

    const resident = await phonePage(s.browser, NOW);
    await resident.goto(s.station.url);
    const card = resident.locator('#address').filter({ visible: true }).first();
    await card.getByText(NEW_ADDRESS).waitFor();
    await expect(card.innerText()).resolves.toMatch(/更新于 2026年11月26日/);
    await expect(card.innerText()).resolves.not.toContain(OLD_ADDRESS);
  });

  it('answers 「没有权限」 to a resident who opens the editor, and the server refuses the change anyway', async () => {
    const page = await phonePage(s.browser, NOW);
    await signIn(page, s.station.url, DEMO.resident);
    await openPath(page, s.station.url, '/packages/admin/pages/edit/index?key=station');
    await visibleText(page, '没有权限').waitFor();
    await expect(visibleText(page, '保存并发布').count()).resolves.toBe(0);

    const res = await callAs(s.station.url, 'demo-resident', 'admin', { action: 'updateContent', key: 'station', data: {}, expectedVersion: 1 });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
