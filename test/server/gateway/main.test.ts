import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGateway, tickOnStart } from '../../../src/server/gateway/main';

/** A working Thursday just after 17:00: the scheduler's 17:00 job (open the complaint mailbox) is due. */
const AFTER_FIVE = '2026-11-26T17:05:00+08:00';

async function adminInbox(url: string): Promise<Array<{ title: string }>> {
  const { token } = (await (await fetch(`${url}/api/dev/sign-in`, { method: 'POST', body: JSON.stringify({ openid: 'demo-admin' }), headers: { 'Content-Type': 'application/json' } })).json()) as { token: string };
  const res = (await (await fetch(`${url}/api/fn/inbox`, { method: 'POST', body: '{"action":"list"}', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` } })).json()) as { data: { items: Array<{ title: string }> } };
  return res.data.items;
}

describe('STATION_TICK_ON_START', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'gateway-main-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is honoured only outside production, and only as "1"', () => {
    expect(tickOnStart({ STATION_TICK_ON_START: '1' }, false)).toBe(true);
    expect(tickOnStart({ STATION_TICK_ON_START: '1' }, true)).toBe(false);
    expect(tickOnStart({ STATION_TICK_ON_START: 'yes' }, false)).toBe(false);
    expect(tickOnStart({}, false)).toBe(false);
  });

  it('runs the scheduler once before answering: the 17:00 mailbox task is in the admin\'s inbox at once', async () => {
    const env = { STATION_NOW: AFTER_FIVE, STATION_TICK_ON_START: '1', SESSION_SECRET: 'x'.repeat(40) };
    const gw = await startGateway({ port: 0, host: '127.0.0.1', dataDir: dir, production: false, env });
    try {
      expect((await adminInbox(gw.url)).map((i) => i.title)).toContain('开启大厅投诉意见箱，登记当天投诉信件');
    } finally {
      await gw.stop();
    }
  });

  it('without it, nothing has run yet when the gateway starts answering', async () => {
    const env = { STATION_NOW: AFTER_FIVE, SESSION_SECRET: 'x'.repeat(40) };
    const gw = await startGateway({ port: 0, host: '127.0.0.1', dataDir: dir, production: false, env });
    try {
      expect(await adminInbox(gw.url)).toEqual([]);
    } finally {
      await gw.stop();
    }
  });
});
