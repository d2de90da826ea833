import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOOPBACK, optionsFromEnv, startGateway, type Started } from '../../../src/server/gateway/main';
import { openSqliteStore } from '../../../src/server/store/sqlite';

const SECRET = { SESSION_SECRET: 'a-shared-secret-of-at-least-32-characters' };

async function signInAs(url: string, openid: string): Promise<string> {
  const res = await fetch(`${url}/api/dev/sign-in`, { method: 'POST', body: JSON.stringify({ openid }), headers: { 'Content-Type': 'application/json' } });
  return ((await res.json()) as { token: string }).token;
}

async function me(url: string, token: string): Promise<{ status: number; body: any }> {
  const res = await fetch(`${url}/api/fn/info`, { method: 'POST', body: '{"action":"me"}', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` } });
  return { status: res.status, body: await res.json() };
}

async function staffOf(dataDir: string): Promise<Array<{ openid: string; active: boolean }>> {
  const store = openSqliteStore({ file: join(dataDir, 'station.db') });
  try {
    return await store.find<any>('staff');
  } finally {
    await store.close();
  }
}

describe('a production gateway on the data directory a demo ran on', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'gateway-prod-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function devTokens(env: Record<string, string>): Promise<string[]> {
    const dev = await startGateway({ port: 0, dataDir: dir, production: false, env: { ...SECRET, ...env } });
    try {
      const admin = await signInAs(dev.url, 'demo-admin');
      expect((await me(dev.url, admin)).body.data).toMatchObject({ kind: 'staff' });
      return [admin, await signInAs(dev.url, 'demo-resident')];
    } finally {
      await dev.stop();
    }
  }

  it('refuses every dev-minted token, even one minted with STATION_NOW years ahead, with the same SESSION_SECRET', async () => {
    const tokens = [...(await devTokens({ STATION_NOW: '2031-06-01T10:00:00+08:00' })), ...(await devTokens({}))];
    const prod = await startGateway({ port: 0, dataDir: dir, production: true, env: { ...SECRET, STATION_NOW: '2031-06-01T10:00:00+08:00' } });
    try {
      for (const token of tokens) {
        const r = await me(prod.url, token);
        expect({ status: r.status, code: r.body.error?.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
      }
      expect((await fetch(`${prod.url}/api/dev/sign-in`, { method: 'POST', body: '{"openid":"demo-admin"}' })).status).toBe(404);
    } finally {
      await prod.stop();
    }
  });

  it('refuses dev tokens when the secret is the one kept in DATA_DIR too', async () => {
    const dev = await startGateway({ port: 0, dataDir: dir, production: false, env: {} });
    const token = await signInAs(dev.url, 'demo-admin');
    await dev.stop();
    const prod = await startGateway({ port: 0, dataDir: dir, production: true, env: {} });
    try {
      expect((await me(prod.url, token)).status).toBe(401);
    } finally {
      await prod.stop();
    }
  });

  it('deactivates the demo staff a trial left behind', async () => {
    await (await startGateway({ port: 0, dataDir: dir, production: false, env: SECRET })).stop();
    const demo = await staffOf(dir);
    expect(demo.length).toBeGreaterThanOrEqual(4); // the demo's window staff, director, admin, archivist …
    expect(demo.every((s) => s.active)).toBe(true);
    await (await startGateway({ port: 0, dataDir: dir, production: true, env: SECRET })).stop();
    expect((await staffOf(dir)).map((s) => s.active)).toEqual(demo.map(() => false));
  });

  it('seeds no demo account on a fresh data directory, but does seed the station content', async () => {
    const prod = await startGateway({ port: 0, dataDir: dir, production: true, env: SECRET });
    try {
      const overview = await (await fetch(`${prod.url}/api/fn/info`, { method: 'POST', body: '{"action":"overview"}' })).json();
      expect(overview.ok).toBe(true);
    } finally {
      await prod.stop();
    }
    expect(await staffOf(dir)).toEqual([]);
  });
});

describe('where npm start listens', () => {
  let dir: string;
  let gw: Started | null = null;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'gateway-host-')); });
  afterEach(async () => {
    await gw?.stop();
    gw = null;
    rmSync(dir, { recursive: true, force: true });
  });

  it('binds loopback only unless HOST says otherwise', async () => {
    expect(optionsFromEnv({}).host).toBe(LOOPBACK);
    expect(optionsFromEnv({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    gw = await startGateway({ ...optionsFromEnv({ PORT: '0', DATA_DIR: dir, ...SECRET }), staticDir: undefined });
    expect(gw.address).toBe('127.0.0.1');
  });

  it('binds every interface with HOST=0.0.0.0', async () => {
    gw = await startGateway({ ...optionsFromEnv({ PORT: '0', HOST: '0.0.0.0', DATA_DIR: dir, ...SECRET }), staticDir: undefined });
    expect(gw.address).toBe('0.0.0.0');
  });
});

describe('DATA_DIR permissions', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'gateway-perm-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates DATA_DIR 0700 and the database, its WAL and the session secret 0600', async () => {
    const dataDir = join(dir, 'data');
    const gw = await startGateway({ port: 0, dataDir, production: false, env: {} });
    try {
      const token = await signInAs(gw.url, 'demo-resident');
      expect((await me(gw.url, token)).status).toBe(200);
      const modeOf = (p: string) => statSync(p).mode & 0o777;
      expect(modeOf(dataDir)).toBe(0o700);
      for (const f of ['station.db', 'station.db-wal', 'station.db-shm', 'session-secret']) expect([f, modeOf(join(dataDir, f))]).toEqual([f, 0o600]);
    } finally {
      await gw.stop();
    }
  });
});
