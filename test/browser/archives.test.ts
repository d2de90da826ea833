import type { Page } from 'playwright-core';
import { invoke } from '../../src/server/core/invoke';
import { tickets } from '../../src/server/functions/tickets';
import { legalAid } from '../../src/server/functions/legal-aid';
import { fixedClock } from '../../src/server/ports/clock';
import { createEmbeddedRuntime } from '../../src/server/runtime/embedded';
import { asAccount } from './support/api';
import { phonePage } from './support/browser';
import { seriousFindings } from './support/axe';
import { useStationInBrowser } from './support/lifecycle';
import { visibleText, shot } from './support/page';
import { DEMO, openPath, signIn } from './support/sign-in';

jest.setTimeout(300_000);

/** Wednesday 2026-12-02 10:00 in Beijing: the first week of December, when November is filed (rule 九(五)). */
const NOW = '2026-12-02T10:00:00+08:00';

const button = (page: Page, name: string | RegExp) => page.getByRole('button', { name }).filter({ visible: true }).first();

/** November's register: two walk-ins and a phone call, registered by the window on their days. */
async function november(dataDir: string): Promise<void> {
  const contacts = [
    { at: '2026-11-03T09:10:00+08:00', channel: 'walkIn', content: '咨询赡养费纠纷怎么处理', contact: { name: '陈大爷', phone: '13812345678' }, answeredOnSpot: '已当场解答' },
    { at: '2026-11-05T14:00:00+08:00', channel: 'phone', content: '来电咨询劳动合同', contact: { name: '李阿姨', phone: '13912345678' }, answeredOnSpot: '已电话解答' },
    { at: '2026-11-20T16:30:00+08:00', channel: 'walkIn', content: '邻里宅基地纠纷申请调解', contact: { name: '赵大哥', phone: '13612345678' } },
  ];
  for (const [i, c] of contacts.entries()) {
    const { runtime, close } = await createEmbeddedRuntime({ dataDir, clock: fixedClock(Date.parse(c.at)), templates: {} });
    try {
      const { at, ...payload } = c;
      const res = await invoke(tickets, { action: 'register', requestId: `browser-archive-${i}-0001`, type: i === 2 ? 'mediation' : 'consultation', ...payload }, { openid: 'demo-staff' }, runtime);
      if (!res.ok) throw new Error(`could not register: ${res.error.message}`);
    } finally {
      await close();
    }
  }
}

/** A resident's legal-aid application, accepted, granted, assigned and closed in November. */
async function closedCase(dataDir: string): Promise<void> {
  const steps: Array<[string, string, Record<string, unknown>]> = [
    ['2026-11-10T10:00:00+08:00', 'demo-resident', {
      action: 'apply', requestId: 'browser-archive-case-0001', applicant: { name: '郭奶奶', phone: '13011112222' }, groups: [],
      matter: { kind: 'alimony', summary: '子女不给赡养费，想请律师帮忙起诉。' }, hardship: 'dibao',
    }],
    ['2026-11-10T10:30:00+08:00', 'demo-staff', { action: 'accept' }],
    ['2026-11-11T10:00:00+08:00', 'demo-director', { action: 'decide', grant: true }],
    ['2026-11-11T11:00:00+08:00', 'demo-director', { action: 'assign', workerId: 'law_sample1' }],
    ['2026-11-12T10:00:00+08:00', 'demo-legal-aid-worker', { action: 'recordProgress', kind: 'contact', text: '电话联系郭奶奶，约定面谈' }],
    ['2026-11-25T15:00:00+08:00', 'demo-legal-aid-worker', { action: 'close', result: 'mediated', report: '经调解，子女每月支付赡养费。' }],
  ];
  let id = '';
  for (const [at, openid, payload] of steps) {
    const { runtime, close } = await createEmbeddedRuntime({ dataDir, clock: fixedClock(Date.parse(at)), templates: {} });
    try {
      const res = await invoke(legalAid, { ...payload, ...(id ? { id } : {}) }, { openid }, runtime);
      if (!res.ok) throw new Error(`could not ${String(payload.action)}: ${res.error.message}`);
      if (!id) id = (res.data as { application: { id: string } }).application.id;
    } finally {
      await close();
    }
  }
}

/**
 * 一月一卷 on the H5 build and the real gateway: the archivist (档案管理人员) signs in, finds 档案管理
 * on the workbench, builds last month's consultation volume and sees its archive code and items (who
 * each is about — never the phone), reviews, binds and files it (the director's 领导审阅 between),
 * reads it with a recorded purpose and finds the line on the 查阅登记.
 */
describe('the archivist files last month’s consultation volume and looks it up with a purpose', () => {
  const s = useStationInBrowser(NOW, { beforeStart: async (dir: string) => { await november(dir); await closedCase(dir); } });

  it('builds, reviews, files, looks up and registers the lookup', async () => {
    const page = await phonePage(s.browser, NOW);
    await signIn(page, s.station.url, DEMO.archivist);
    await openPath(page, s.station.url, '/packages/staff/pages/index/index');
    await page.getByRole('heading', { name: '工作台' }).filter({ visible: true }).first().waitFor();
    await visibleText(page, '档案管理人员').waitFor();
    await page.getByRole('link', { name: /^档案管理：/ }).filter({ visible: true }).first().scrollIntoViewIfNeeded();
    await shot(page, 'archives-workbench-link');
    expect(await seriousFindings(page)).toEqual([]);
    await page.getByRole('link', { name: /^档案管理：/ }).filter({ visible: true }).first().click();
    await page.getByRole('heading', { name: '档案管理' }).filter({ visible: true }).first().waitFor();

    await button(page, '生成 2026-11 咨询卷').click();
    await visibleText(page, '已生成 2026年11月 的咨询卷：共 3 件，档号 X001-WS·2026-D10-ZX-0001～0003。请打开核对。').waitFor();
    await visibleText(page, '待我办理（1）').waitFor();
    await shot(page, 'archives-volumes');
    expect(await seriousFindings(page)).toEqual([]);
    await visibleText(page, /郭奶奶 · 赡养费/).scrollIntoViewIfNeeded();
    await shot(page, 'archives-volumes-filing');
    await button(page, /2026年11月 法律咨询（来访、来电）登记 档号 .* 状态：待审查/).scrollIntoViewIfNeeded();
    await shot(page, 'archives-volumes-list');

    await button(page, /2026年11月 法律咨询（来访、来电）登记 档号 .* 状态：待审查/).click();
    await visibleText(page, '档号 X001-WS·2026-D10-ZX-0001～0003').waitFor();
    await visibleText(page, /卷内文件（3 件）/).waitFor();
    for (const line of [/2026-11-03 法律咨询（现场来访） · 陈大爷/, /2026-11-05 法律咨询（来电） · 李阿姨/, /2026-11-20 人民调解（现场来访） · 赵大哥/]) await visibleText(page, line).waitFor();
    expect(await page.getByText(/13812345678|13912345678|13612345678/).count()).toBe(0); // the keeper of the files does not contact people
    await shot(page, 'archives-volume-review');
    expect(await seriousFindings(page)).toEqual([]);

    await button(page, '审查通过').click();
    await visibleText(page, /状态：审查通过/).waitFor();
    await button(page, '装订成卷').click();
    await visibleText(page, /状态：已装订/).waitFor();
    const director = await asAccount(s.station.url, 'demo-director');
    await director('archives', { action: 'step', volumeId: 'vol:consultation:2026-11', step: 'directorReview', note: '已审阅' });
    await page.reload();
    await button(page, '交档案管理人员归档').click();
    await visibleText(page, /状态：已归档/).waitFor();
    await visibleText(page, '已归档的案卷，查阅前须登记目的（制度九（八））。').waitFor();
    expect(await page.getByText(/卷内文件/).filter({ visible: true }).count()).toBe(0); // a filed volume is read only with a purpose

    await button(page, '登记并查阅').click();
    await page.locator('[role="alert"]').filter({ hasText: '查阅目的' }).filter({ visible: true }).first().waitFor(); // no purpose: refused in words
    expect((await director<{ items: unknown[] }>('archives', { action: 'lookups' })).items).toEqual([]);
    await page.locator('#lookup-purpose input, input#lookup-purpose').filter({ visible: true }).first().fill('核对11月咨询登记');
    await button(page, '登记并查阅').click();
    await visibleText(page, '已登记这次查阅（查阅人、时间、目的）。').waitFor();
    await visibleText(page, /卷内文件（3 件）/).waitFor();
    await visibleText(page, /陈大爷/).waitFor();
    await shot(page, 'archives-volume-lookup');
    expect(await seriousFindings(page)).toEqual([]);

    await openPath(page, s.station.url, '/packages/archives/pages/lookups/index');
    await page.getByRole('heading', { name: '查阅登记' }).filter({ visible: true }).first().waitFor();
    await visibleText(page, /示例·吴某/).waitFor();
    await visibleText(page, '目的：核对11月咨询登记').waitFor();
    await visibleText(page, 'X001-WS·2026-D10-ZX-0001～0003').waitFor();
    await shot(page, 'archives-lookups');
    expect(await seriousFindings(page)).toEqual([]);
    const register = await director<{ items: { by: string; purpose: string }[] }>('archives', { action: 'lookups', volumeId: 'vol:consultation:2026-11' });
    expect(register.items.map((e) => [e.by, e.purpose])).toEqual([['示例·吴某', '核对11月咨询登记']]);

    // 九(四): the closed legal-aid case bound as its own volume with one tap, opened to review
    await openPath(page, s.station.url, '/packages/archives/pages/volumes/index');
    await page.getByRole('heading', { name: '档案管理' }).filter({ visible: true }).first().waitFor();
    await button(page, '把郭奶奶的案件装订成卷并打开').scrollIntoViewIfNeeded();
    await button(page, '把郭奶奶的案件装订成卷并打开').click();
    await visibleText(page, '档号 X001-WS·2026-D30-YZ-0001').waitFor();
    await visibleText(page, /法律援助案件：赡养费、抚养费、扶养费（2026年11月25日结案）/).waitFor();
    await visibleText(page, /2026-11-25 法律援助案卷（赡养费、抚养费、扶养费） · 郭奶奶/).waitFor();
    expect(await page.getByText(/13011112222/).count()).toBe(0);
    await shot(page, 'archives-case-volume');
    expect(await seriousFindings(page)).toEqual([]);
    const cases = await director<{ items: { volumeId: string | null }[] }>('archives', { action: 'closedCases' });
    expect(cases.items.map((c) => c.volumeId)).toEqual([expect.stringMatching(/^vol:legalAid:la_/)]);
  });
});
