import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { functions } from '../../../src/server/functions';
import { openSqliteStore } from '../../../src/server/store/sqlite';
import { fixedClock } from '../../../src/server/ports/clock';
import { NOW, SECRET, noWechat, post, signIn, startGateway, type Running } from '../gateway/harness';
import { holdWriteLock, type LockHolder } from '../../support/lock-holder';

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

const submit = (requestId: string) => ({ action: 'submit', type: 'consultation', content: '宅基地纠纷怎么办', requestId });

describe('a database locked by another process', () => {
  let dir: string;
  let gw: Running;
  let holder: LockHolder | null;
  let token: string;

  async function start(budgetMs: number) {
    const store = openSqliteStore({ file: join(dir, 'station.db'), busy: { budgetMs, firstPauseMs: 5, maxPauseMs: 50 } });
    await store.put('staff', { _id: 'staff-1', openid: 'demo-staff', name: '李窗口', roles: ['staff'], active: true, order: 1 });
    gw = await startGateway({ functions, sessionSecret: SECRET, runtime: { store, clock: fixedClock(NOW), sender: noWechat, templates: {} } });
    token = await signIn(gw.url, 'demo-resident');
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sqlite-busy-'));
    holder = null;
  });
  afterEach(async () => {
    await holder?.release();
    await gw.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('never freezes the gateway: /healthz and reads answer at once while a write waits for the lock', async () => {
    await start(3000);
    holder = await holdWriteLock(join(dir, 'station.db'));
    const write = timed(() => post(`${gw.url}/api/fn/tickets`, submit('req-busy-wait-1'), token));
    await new Promise((r) => setTimeout(r, 100)); // the write is now retrying
    const health = await timed(() => fetch(`${gw.url}/healthz`));
    const read = await timed(() => post(`${gw.url}/api/fn/info`, { action: 'overview' }));
    expect(health.value.status).toBe(200);
    expect(health.ms).toBeLessThan(250);
    expect(read.value.status).toBe(200);
    expect(read.ms).toBeLessThan(250);
    await new Promise((r) => setTimeout(r, 300));
    await holder.release();
    const done = await write;
    expect(done.value.status).toBe(200); // went through once the lock was free
    expect(done.ms).toBeGreaterThan(350);
    const mine = await post(`${gw.url}/api/fn/tickets`, { action: 'mine' }, token);
    expect(mine.json.data.items).toHaveLength(1);
  });

  it('answers a write that still cannot proceed with a retryable 503 BUSY in Chinese, and writes nothing', async () => {
    await start(300);
    holder = await holdWriteLock(join(dir, 'station.db'));
    const r = await post(`${gw.url}/api/fn/tickets`, submit('req-busy-fail-1'), token);
    expect(r.status).toBe(503);
    expect(r.json).toEqual({ ok: false, error: { code: 'BUSY', message: expect.stringMatching(/再试/) } });
    await holder.release();
    holder = null;
    expect((await post(`${gw.url}/api/fn/tickets`, { action: 'mine' }, token)).json.data.items).toEqual([]);
    const again = await post(`${gw.url}/api/fn/tickets`, submit('req-busy-fail-1'), token);
    expect(again.status).toBe(200);
    expect((await post(`${gw.url}/api/fn/tickets`, { action: 'mine' }, token)).json.data.items).toHaveLength(1);
  });
});

describe('the SQLite store under another process\'s lock', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'sqlite-busy-store-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('runs a transaction whose BEGIN met the lock exactly once, after the lock is gone', async () => {
    const store = openSqliteStore({ file: join(dir, 'station.db') });
    const holder = await holdWriteLock(join(dir, 'station.db'));
    let runs = 0;
    const tx = store.transaction(async (t) => {
      runs++;
      await t.create('staff', { _id: 's1', openid: 'o1', name: '甲', roles: ['staff'], active: true, order: 1 });
    });
    await new Promise((r) => setTimeout(r, 150));
    expect(runs).toBe(0);
    expect(await store.get('staff', 's1')).toBeNull(); // reads go on meanwhile
    await holder.release();
    await tx;
    expect(runs).toBe(1);
    expect(await store.get('staff', 's1')).toMatchObject({ name: '甲' });
    await store.close();
  });

  it('keeps acknowledged writes through a power cut: WAL with synchronous = FULL, and never waits synchronously', async () => {
    const store = openSqliteStore({ file: join(dir, 'station.db') });
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(store.db.pragma('busy_timeout', { simple: true })).toBe(0);
    await store.close();
  });
});
