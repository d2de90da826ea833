import type { Page } from 'playwright-core';
import { phonePage } from './support/browser';
import { useStationInBrowser } from './support/lifecycle';
import { visibleText } from './support/page';
import { seedClock } from './support/seed';
import { DEMO, openPath, signIn } from './support/sign-in';

jest.setTimeout(120_000);

/** Monday 2026-11-16 10:00: a complaint accepted; 5 working days → due Monday 11-23 17:00. */
const ACCEPTED = '2026-11-16T10:00:00+08:00';
/** Thursday 2026-11-26 10:00: three working days late (Tue, Wed, Thu). */
const NOW = '2026-11-26T10:00:00+08:00';
const TITLE = '投诉答复（演示）';

/** A data directory holding one running deadline clock, started by the real `startClock`. */
const seed = (dataDir: string) =>
  seedClock(dataDir, ACCEPTED, {
    subject: { type: 'complaint', id: 'browser-demo' },
    purpose: 'complaint.answer',
    title: TITLE,
    rule: { kind: 'workingDays', days: 5 },
    responsibleStaffId: 'staff:demo-staff',
    recipientOpenid: 'demo-resident',
  });

const INBOX = '/packages/staff/pages/inbox/index';

/** A staff member's 「我的待办」, opened as the staff member would (home → 工作人员入口 → 我的待办). */
async function openInboxFromHome(page: Page, url: string, account: string) {
  await signIn(page, url, account);
  await visibleText(page, '工作人员入口').click();
  await visibleText(page, '工作台').waitFor();
  await page.getByRole('link', { name: /我的待办/ }).filter({ visible: true }).first().click();
  await page.getByRole('heading', { name: '我的待办' }).filter({ visible: true }).first().waitFor();
}

/**
 * Issue 3 end to end on the H5 build: a clock stored before the station starts is overdue at the
 * station's clock; the station runs its scheduler once at start (STATION_TICK_ON_START=1, the
 * same action its 5-minute timer invokes); the staff member, the director and the resident see
 * the result.
 */
describe('deadline clocks reach the inboxes through the scheduler', () => {
  const s = useStationInBrowser(NOW, { beforeStart: seed, env: { STATION_TICK_ON_START: '1' } });

  it("puts the overdue complaint at the top of demo-staff's 「我的待办」, marked overdue in words", async () => {
    const page = await phonePage(s.browser, NOW);
    await openInboxFromHome(page, s.station.url, DEMO.staff);
    await visibleText(page, '已超期（1）').waitFor();
    const row = page.getByRole('link', { name: new RegExp(`已超期：${TITLE}`) }).filter({ visible: true }).first();
    await expect(row.getAttribute('aria-label')).resolves.toBe(`未读，已超期 3 个工作日，已超期：${TITLE}`);
    await expect(row.innerText()).resolves.toMatch(/⚠ 已超期 3 个工作日[\s\S]*● 未读[\s\S]*到期时间：11月23日（周一） 17:00/);
    const box = await row.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(60);

    await row.click();
    await expect(row.innerText()).resolves.not.toContain('未读');
    await page.reload();
    await visibleText(page, '已超期（1）').waitFor();
    await expect(visibleText(page, '● 未读').count()).resolves.toBe(0);
  });

  it("escalates to the director's 「我的待办」 naming the responsible person", async () => {
    const page = await phonePage(s.browser, NOW);
    await openInboxFromHome(page, s.station.url, DEMO.director);
    await visibleText(page, `超期督办：${TITLE}`).waitFor();
    await visibleText(page, '⚠ 已超期 3 个工作日').waitFor();
    await visibleText(page, /经办人：示例·张某/).waitFor(); // a bare clock knows who handles it, not who first received it
  });

  it('tells the resident in 「我的消息」 that the matter runs late, and keeps the workbench closed to them', async () => {
    const page = await phonePage(s.browser, NOW);
    await signIn(page, s.station.url, DEMO.resident);
    await page.getByRole('link', { name: /我的消息/ }).filter({ visible: true }).first().click();
    await visibleText(page, `办理进度：${TITLE}`).waitFor();
    await visibleText(page, /0791-83280001/).waitFor();
    await openPath(page, s.station.url, INBOX);
    await visibleText(page, '此页面仅供工作人员使用').waitFor();
  });
});

describe('before the scheduler has run', () => {
  const s = useStationInBrowser(NOW, { beforeStart: seed });

  it('the same stored clock has put nothing in any inbox yet', async () => {
    const page = await phonePage(s.browser, NOW);
    await openInboxFromHome(page, s.station.url, DEMO.staff);
    await visibleText(page, '暂无待办事项。有新的到期提醒时会显示在这里。').waitFor();
  });
});
