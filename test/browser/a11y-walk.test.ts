import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { asAccount } from './support/api';
import { phonePage } from './support/browser';
import { useStationInBrowser } from './support/lifecycle';
import { DEMO, signIn } from './support/sign-in';

jest.setTimeout(240_000);

/** Thursday 2026-11-26 10:00 in Beijing, a working day. */
const NOW = '2026-11-26T10:00:00+08:00';
const ROOT = resolve(__dirname, '../..');
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Every page of src/app.config.ts, as '/pages/…' or '/packages/<root>/pages/…'. */
function allPages(): string[] {
  const g = globalThis as { defineAppConfig?: (c: unknown) => unknown };
  g.defineAppConfig = (c) => c;
  process.env.TARO_ENV ??= 'h5'; // the pages of the H5 build (the demo sign-in is H5-only)
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const config = require(join(ROOT, 'src/app.config.ts')).default as { pages: string[]; subPackages: { root: string; pages: string[] }[] };
  return [...config.pages.map((p) => `/${p}`), ...config.subPackages.flatMap((s) => s.pages.map((p) => `/${s.root}/${p}`))];
}

type Account = keyof typeof DEMO;

/** Pages residents read: the main package, and the resident and booking subpackages. */
const isResidentPage = (path: string) => /^\/pages\//.test(path) || /^\/packages\/(resident|booking|legal-aid)\//.test(path);

/** What the walk seeded: ids the detail pages need. */
interface Seeded {
  consultation: string;
  complaint: string;
  notice: string;
  callback: string;
  legalAid: string;
  /** issue 15: October's consultation volume, in review. */
  volume: string;
}

/**
 * Who opens each page, and with which query (ids from the seeded matters). A page of
 * app.config.ts missing here fails the walk, so a new page is checked from its first day.
 */
function walkPlan(s: Seeded): Record<string, { as: Account; query?: string }> {
  const ticket = `id=${encodeURIComponent(s.consultation)}`;
  return {
    '/pages/index/index': { as: 'resident' },
    '/pages/guide/index': { as: 'resident', query: 'key=guide%3Alegal-aid' },
    '/pages/staff/index': { as: 'resident' },
    '/pages/commitments/index': { as: 'resident' },
    '/packages/admin/pages/index/index': { as: 'admin' },
    '/packages/admin/pages/edit/index': { as: 'admin', query: 'key=station' },
    '/packages/admin/pages/history/index': { as: 'admin', query: 'key=station' },
    '/packages/admin/pages/calendar/index': { as: 'admin' },
    '/packages/admin/pages/booking-settings/index': { as: 'admin' },
    '/packages/dev/pages/sign-in/index': { as: 'resident' },
    '/packages/staff/pages/index/index': { as: 'staff' },
    '/packages/staff/pages/inbox/index': { as: 'staff' },
    '/packages/staff/pages/appointments/index': { as: 'staff', query: 'date=2026-11-27' },
    '/packages/staff/pages/tickets/index': { as: 'staff' },
    '/packages/staff/pages/tickets/detail/index': { as: 'staff', query: `id=${encodeURIComponent(s.complaint)}` },
    '/packages/staff/pages/register/index': { as: 'staff' },
    '/packages/staff/pages/complaint-book/index': { as: 'director' },
    '/packages/staff/pages/mailbox/index': { as: 'staff' },
    '/packages/staff/pages/major-report/index': { as: 'director', query: `id=${encodeURIComponent(s.complaint)}` },
    '/packages/staff/pages/callbacks/index': { as: 'staff' },
    '/packages/staff/pages/callbacks/detail/index': { as: 'staff', query: `id=${encodeURIComponent(s.callback)}` },
    '/packages/staff/pages/record-rating/index': { as: 'staff' },
    '/packages/staff/pages/callback-table/index': { as: 'director' },
    '/packages/staff/pages/legal-aid/index': { as: 'staff' },
    '/packages/staff/pages/legal-aid/detail/index': { as: 'staff', query: `id=${encodeURIComponent(s.legalAid)}` },
    '/packages/staff/pages/legal-aid/register/index': { as: 'staff' },
    '/packages/staff/pages/legal-aid/roster/index': { as: 'director' },
    '/packages/staff/pages/phone-home-visit/index': { as: 'staff' },
    '/packages/staff/pages/result-calls/index': { as: 'staff' },
    '/packages/staff/pages/reports/daily/index': { as: 'staff' },
    '/packages/staff/pages/reports/submissions/index': { as: 'director' },
    '/packages/staff/pages/reports/notes/index': { as: 'director' },
    '/packages/staff/pages/reports/callbacks/index': { as: 'director' },
    '/packages/staff/pages/reports/due-settings/index': { as: 'admin' },
    '/packages/legal-aid/pages/apply/index': { as: 'resident' },
    '/packages/legal-aid/pages/mine/index': { as: 'resident' },
    '/packages/legal-aid/pages/detail/index': { as: 'resident', query: `id=${encodeURIComponent(s.legalAid)}` },
    '/packages/staff/pages/notice-print/index': { as: 'staff', query: `ticket=${encodeURIComponent(s.consultation)}&notice=${encodeURIComponent(s.notice)}` },
    '/packages/resident/pages/messages/index': { as: 'resident' },
    '/packages/resident/pages/complaint/index': { as: 'resident' },
    '/packages/resident/pages/ask/index': { as: 'resident' },
    '/packages/resident/pages/tickets/index': { as: 'resident' },
    '/packages/resident/pages/tickets/detail/index': { as: 'resident', query: ticket },
    '/packages/resident/pages/rate/index': { as: 'resident', query: `subject=${encodeURIComponent(`ticket:${s.consultation}`)}` },
    '/packages/resident/pages/ratings/index': { as: 'resident' },
    '/packages/people/pages/index/index': { as: 'admin' },
    '/packages/people/pages/join/index': { as: 'resident' },
    '/packages/people/pages/profile/index': { as: 'staff' },
    '/packages/people/pages/study/index': { as: 'director' },
    '/packages/privacy/pages/index/index': { as: 'resident' },
    '/packages/referrals/pages/index/index': { as: 'staff' },
    '/packages/referrals/pages/detail/index': { as: 'staff' },
    '/packages/referrals/pages/refer/index': { as: 'staff', query: `ticket=${encodeURIComponent(s.complaint)}` },
    '/packages/archives/pages/volumes/index': { as: 'archivist' },
    '/packages/archives/pages/volume/index': { as: 'archivist', query: `id=${encodeURIComponent(s.volume)}` },
    '/packages/archives/pages/lookups/index': { as: 'archivist' },
    '/packages/booking/pages/index/index': { as: 'resident' },
    '/packages/booking/pages/book/index': { as: 'resident' },
    '/packages/booking/pages/home-visit/index': { as: 'resident' },
    '/packages/booking/pages/mine/index': { as: 'resident' },
  };
}

/** Matters on every list and detail page: a closed consultation (notice, rating 不满意 → callback), a major complaint, an accepted legal-aid application, a booking. */
async function seed(url: string): Promise<Seeded> {
  const [resident, staff, director] = await Promise.all(['demo-resident', 'demo-staff', 'demo-director'].map((o) => asAccount(url, o)));
  const { ticket: consultation } = await resident<{ ticket: { id: string } }>('tickets', {
    action: 'submit', type: 'consultation', content: '邻居占了我家宅基地，该怎么办？', phone: '13912345678', requestId: 'a11y-walk-consult-1',
  });
  await staff('tickets', { action: 'accept', id: consultation.id });
  const { notice } = await staff<{ notice: { id: string } }>('tickets', { action: 'issueNotice', id: consultation.id, guideKey: 'guide:legal-aid' });
  await staff('tickets', { action: 'close', id: consultation.id, result: '已告知可申请人民调解，并约好下周三调解。' });
  await resident('ratings', { action: 'rate', subject: { type: 'ticket', id: consultation.id }, level: 'unsatisfied', comment: '等了好几天才有答复', requestId: 'a11y-walk-rate-1' });
  const { items } = await staff<{ items: { id: string }[] }>('ratings', { action: 'callbacks' });
  const { ticket: complaint } = await resident<{ ticket: { id: string } }>('tickets', {
    action: 'submit', type: 'complaint', content: '窗口工作人员说话不耐烦，没有一次性告知要带的材料。', name: '陈大爷', phone: '13912345678', complaint: { scope: 'attitude' }, requestId: 'a11y-walk-complaint-1',
  });
  await staff('tickets', { action: 'accept', id: complaint.id });
  await director('tickets', { action: 'markMajor', id: complaint.id, reason: '群众反映强烈' });
  const { application } = await resident<{ application: { id: string } }>('legalAid', {
    action: 'apply', requestId: 'a11y-walk-legal-aid-1', applicant: { name: '示例·陈大爷', phone: '13912345678' }, groups: ['elderly'],
    matter: { kind: 'alimony', summary: '子女不支付赡养费' }, hardship: 'dibao',
  });
  await staff('legalAid', { action: 'accept', id: application.id });
  await resident('appointments', { action: 'book', service: 'consultation', date: '2026-11-27', start: '09:00', requestId: 'a11y-walk-book-1', booker: { name: '陈大爷', phone: '13912345678' } });
  const { volume } = await director<{ volume: { id: string } }>('archives', { action: 'buildMonthlyVolume', month: '2026-10' });
  return { consultation: consultation.id, complaint: complaint.id, notice: notice.id, callback: items[0].id, legalAid: application.id, volume: volume.id };
}

interface Finding {
  id: string;
  impact: string;
  nodes: string[];
}

/** axe-core's critical and serious findings on the page in view, its dialogs included. */
async function axeFindings(page: Page): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE); // evaluate: the gateway's CSP forbids inline scripts
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { html: string; failureSummary: string }[] }[] }> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'critical' || v.impact === 'serious')
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => `${n.html.slice(0, 160)} — ${n.failureSummary.split('\n').slice(1, 2).join(' ').trim()}`) }));
  });
}

/** Visible text smaller than `min` CSS px: '<size>px: <text>' for each text node. */
function smallText(page: Page, min: number): Promise<string[]> {
  return page.evaluate((least) => {
    const out: string[] = [];
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const el = n.parentElement;
      const text = (n.textContent ?? '').trim();
      if (!el || !text || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < least - 0.05) out.push(`${size}px: ${text.slice(0, 40)}`);
    }
    return out;
  }, min);
}

/**
 * Phone numbers anywhere, and the short words of buttons (the verbs: 拨打, 提交评价, 确定取消 …,
 * any run of up to 6 characters between spaces or punctuation), that are drawn on more than one line.
 */
function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const PHONE = /0\d{2,3}-?\d{7,8}|1[3-9]\d(?:\d{4}|\*{4})\d{4}|12348/g;
    const SEP = `\\s,.:;!?'"()\\[\\]，。：；！？、（）「」《》·›‹☎✓✗＋`;
    const WORD = new RegExp(`(?<![^${SEP}])[^${SEP}]{1,6}(?![^${SEP}])`, 'g'); // whole short runs only
    const lines = (node: Text, from: number, to: number) => {
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(node, to);
      const tops: number[] = [];
      for (const r of Array.from(range.getClientRects())) {
        if (r.width < 1) continue;
        if (!tops.some((t) => Math.abs(t - r.top) < r.height / 2)) tops.push(r.top);
      }
      return tops.length;
    };
    const out: string[] = [];
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode() as Text | null; n; n = walk.nextNode() as Text | null) {
      const el = n.parentElement;
      const text = n.textContent ?? '';
      if (!el || !text.trim() || !el.checkVisibility()) continue;
      const inButton = Boolean(el.closest('[role="button"], taro-button-core, .taro-model__btn'));
      for (const re of inButton ? [PHONE, WORD] : [PHONE]) {
        for (const m of Array.from(text.matchAll(re))) {
          if (lines(n, m.index!, m.index! + m[0].length) > 1) out.push(`${m[0]} (in 「${text.trim().slice(0, 30)}」)`);
        }
      }
    }
    return out;
  });
}

/** Opens a page fresh (a full load, so no earlier page stays in Taro's DOM) once its data is in. */
async function openFresh(page: Page, url: string, path: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${url}/#${path}`);
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.querySelector('.taro_page_show') !== null && !/正在加载/.test(document.body.innerText));
}

/** A phone page signed in as `who`; `care` sets the browser's text size to 24 px (WeChat care mode, 1.5×). */
async function signedInPage(browser: Browser, url: string, who: Account, care = false): Promise<Page> {
  const page = await phonePage(browser, NOW);
  if (care) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24, fixed: 20 } });
  }
  await signIn(page, url, DEMO[who]);
  return page;
}

/**
 * 「能用」 for everyone (issue 10 §3), on the H5 build served by the gateway: every page of
 * app.config.ts opened by the account that uses it, with real matters on the list and detail
 * pages. One browser and one station for all of it.
 */
describe('every resident and staff page is usable by everyone', () => {
  const s = useStationInBrowser(NOW);
  const pages: Partial<Record<Account, Page>> = {};
  let plan: Record<string, { as: Account; query?: string }>;
  const target = (path: string) => (plan[path].query ? `${path}?${plan[path].query}` : path);
  const shots = process.env.A11Y_SHOTS; // a folder: screenshots of the resident pages, to look at

  async function pageOf(who: Account): Promise<Page> {
    pages[who] ??= await signedInPage(s.browser, s.station.url, who);
    return pages[who]!;
  }

  beforeAll(async () => {
    plan = walkPlan(await seed(s.station.url));
  });

  it('has 0 critical and 0 serious axe-core findings on every page, and no text under 16 px on residents\' pages', async () => {
    const paths = allPages();
    expect(paths.filter((p) => !plan[p])).toEqual([]);
    const findings: Record<string, Finding[]> = {};
    const small: Record<string, string[]> = {};
    for (const path of paths) {
      const page = await pageOf(plan[path].as);
      await openFresh(page, s.station.url, target(path));
      const found = await axeFindings(page);
      if (found.length) findings[path] = found;
      if (isResidentPage(path)) {
        const tiny = await smallText(page, 16);
        if (tiny.length) small[path] = tiny;
        if (shots) await page.screenshot({ path: join(shots, `${path.replace(/\W+/g, '_')}.png`), fullPage: true });
      }
    }
    if (process.env.A11Y_REPORT) writeFileSync(process.env.A11Y_REPORT, JSON.stringify({ findings, small }, null, 1));
    expect(findings).toEqual({});
    expect(small).toEqual({});
  });

  it('asks before cancelling a booking in a dialog that passes axe-core, in large dark text', async () => {
    const page = await pageOf('resident');
    await openFresh(page, s.station.url, '/packages/booking/pages/mine/index');
    await page.getByRole('button', { name: '取消预约' }).filter({ visible: true }).first().click();
    const dialog = page.getByRole('alertdialog', { name: '确定取消吗？' });
    await dialog.waitFor();
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.taro__modal')!).opacity === '1'); // after its fade-in
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('确定取消');
    expect(await axeFindings(page)).toEqual([]);
    expect(await smallText(page, 16)).toEqual([]);
    await dialog.getByRole('button', { name: '不取消' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('at care-mode text size (1.5×) keeps phone numbers and button verbs on one line on residents\' pages', async () => {
    const page = await signedInPage(s.browser, s.station.url, 'resident', true);
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBe(30);
    const broken: Record<string, string[]> = {};
    for (const path of allPages().filter(isResidentPage)) {
      await openFresh(page, s.station.url, target(path));
      const words = await brokenWords(page);
      if (words.length) broken[path] = words;
      if (shots) await page.screenshot({ path: join(shots, `care${path.replace(/\W+/g, '_')}.png`), fullPage: true });
    }
    expect(broken).toEqual({});
  });

  it('shows a saved multi-line text whole, in the body font, in the admin editor', async () => {
    const page = await pageOf('admin');
    await openFresh(page, s.station.url, '/packages/admin/pages/edit/index?key=commitments');
    const boxes = page.locator('textarea').filter({ visible: true });
    expect(await boxes.count()).toBeGreaterThan(0);
    const measured = await boxes.evaluateAll((els) => els.map((el) => {
      const box = el as HTMLTextAreaElement;
      const style = getComputedStyle(box);
      return { chars: box.value.length, scroll: box.scrollHeight, client: box.clientHeight, font: style.fontFamily, body: getComputedStyle(document.body).fontFamily };
    }));
    const long = measured.filter((m) => m.chars > 40);
    expect(long.length).toBeGreaterThan(0);
    for (const m of measured) {
      expect(m.scroll).toBeLessThanOrEqual(m.client + 1);
      expect(m.font).toBe(m.body);
    }
  });

  it('has no link to the demo sign-in in the production H5 build', async () => {
    const page = await phonePage(s.browser, NOW);
    await openFresh(page, s.station.url, '/pages/index/index');
    await page.getByRole('heading', { level: 1 }).filter({ visible: true }).first().waitFor();
    expect(await page.getByText('开发登录').count()).toBe(0);
    await page.context().close();
  });
});
