import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { action, defineFunction } from '../../../src/server/core/define';
import { functions } from '../../../src/server/functions';
import { signSession } from '../../../src/server/gateway';
import { NOW, SECRET, post, signIn, startGateway, type Running } from './harness';

/** A test-only function whose action throws an unexpected error (a bug, not an AppError). */
const broken = defineFunction('broken', {
  explode: action({
    access: 'public',
    input: z.object({}),
    run: async () => {
      throw new Error('secret internals at /srv/app.js:12');
    },
  }),
});

describe('gateway API', () => {
  let gw: Running;
  beforeAll(async () => {
    gw = await startGateway({ functions: [...functions, broken] });
  });
  afterAll(() => gw.close());

  it('answers /healthz with the store kind and the functions it serves', async () => {
    const res = await fetch(`${gw.url}/healthz`);
    const body = await res.json();
    expect(res.status).toBe(200);
    expect(body).toMatchObject({ ok: true, store: 'sqlite', serverNow: NOW });
    expect(body.functions).toEqual(expect.arrayContaining(['info', 'admin']));
  });

  it('signs a resident in and info.me then says resident', async () => {
    const token = await signIn(gw.url, 'demo-resident');
    const r = await post(`${gw.url}/api/fn/info`, { action: 'me' }, token);
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ ok: true, data: { kind: 'resident' } });
  });

  it('treats a call without a token as anonymous', async () => {
    const r = await post(`${gw.url}/api/fn/info`, { action: 'me' });
    expect(r.json).toEqual({ ok: true, data: { kind: 'anonymous' } });
  });

  it('resolves staff roles from the staff table, not from the token', async () => {
    const token = await signIn(gw.url, 'demo-staff');
    const r = await post(`${gw.url}/api/fn/info`, { action: 'me' }, token);
    expect(r.json.data).toMatchObject({ kind: 'staff', roles: ['staff'] });
  });

  it('rejects a tampered token with 401 UNAUTHENTICATED', async () => {
    const token = await signIn(gw.url, 'demo-resident');
    const [body, mac] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ sub: 'demo-admin', exp: NOW + 1e9 })).toString('base64url');
    for (const bad of [`${forged}.${mac}`, `${body}.${mac.slice(0, -2)}xx`, 'not-a-token']) {
      const r = await post(`${gw.url}/api/fn/info`, { action: 'me' }, bad);
      expect(r.status).toBe(401);
      expect(r.json.error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('rejects an expired token with 401', async () => {
    const { token } = signSession(SECRET, 'demo-resident', NOW - 8 * 24 * 3600 * 1000);
    const r = await post(`${gw.url}/api/fn/info`, { action: 'me' }, token);
    expect(r.status).toBe(401);
    expect(r.json).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('rejects a token signed with another secret', async () => {
    const { token } = signSession('another-secret-another-secret-xx', 'demo-resident', NOW);
    expect((await post(`${gw.url}/api/fn/info`, { action: 'me' }, token)).status).toBe(401);
  });

  it('answers an admin action without a token with 401 and from a resident with 403', async () => {
    const anonymous = await post(`${gw.url}/api/fn/admin`, { action: 'listContent' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.json.error.code).toBe('UNAUTHENTICATED');
    const resident = await post(`${gw.url}/api/fn/admin`, { action: 'listContent' }, await signIn(gw.url, 'demo-resident'));
    expect(resident.status).toBe(403);
    expect(resident.json.error.code).toBe('FORBIDDEN');
  });

  it('answers an unknown function with 404 NOT_FOUND', async () => {
    const r = await post(`${gw.url}/api/fn/nosuch`, { action: 'me' });
    expect(r.status).toBe(404);
    expect(r.json).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(r.json.error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('answers an unknown action with 400 UNKNOWN_ACTION naming the field', async () => {
    const r = await post(`${gw.url}/api/fn/info`, { action: 'dropTables' });
    expect(r.status).toBe(400);
    expect(r.json.error).toMatchObject({ code: 'UNKNOWN_ACTION', field: 'action' });
  });

  it('refuses a body over 64 KB with 413 PAYLOAD_TOO_LARGE', async () => {
    const r = await post(`${gw.url}/api/fn/info`, { action: 'me', pad: 'x'.repeat(70 * 1024) });
    expect(r.status).toBe(413);
    expect(r.json.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a streamed (chunked) body once it passes 64 KB', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(16 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(new TextEncoder().encode('{"action":"me","pad":"'));
        if (sent++ < 8) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await fetch(`${gw.url}/api/fn/info`, { method: 'POST', body, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a body that is not a JSON object with 400 VALIDATION', async () => {
    for (const body of ['{"action": "me"', '[1,2]', '"me"', '']) {
      const r = await post(`${gw.url}/api/fn/info`, body);
      expect(r.status).toBe(400);
      expect(r.json.error.code).toBe('VALIDATION');
    }
  });

  it('refuses GET on a function with 405', async () => {
    const res = await fetch(`${gw.url}/api/fn/info`);
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
  });

  it('refuses a sign-in without a usable openid', async () => {
    const r = await post(`${gw.url}/api/dev/sign-in`, { openid: '../../etc' });
    expect(r.status).toBe(400);
    expect(r.json.error).toMatchObject({ code: 'VALIDATION', field: 'openid' });
  });

  it('turns an unexpected error into 500 INTERNAL without a stack or internals', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const r = await post(`${gw.url}/api/fn/broken`, { action: 'explode' });
    spy.mockRestore();
    expect(r.status).toBe(500);
    expect(r.json.error.code).toBe('INTERNAL');
    expect(r.text).not.toMatch(/secret internals|\.js:\d|\bat\s|stack/i);
  });

  it('never puts a stack trace in any error body', async () => {
    const bodies = await Promise.all([
      post(`${gw.url}/api/fn/info`, '{bad'),
      post(`${gw.url}/api/fn/info`, { action: 'guide', key: 42 }),
      post(`${gw.url}/api/fn/nosuch`, {}),
      post(`${gw.url}/api/fn/info`, { action: 'me' }, 'x.y'),
    ]);
    for (const b of bodies) {
      expect(b.json.ok).toBe(false);
      expect(Object.keys(b.json.error).sort()).toEqual(expect.arrayContaining(['code', 'message']));
      expect(b.text).not.toMatch(/\n\s+at |Error:|stack/);
    }
  });

  it('sends security headers and no-store on API answers', async () => {
    const res = await fetch(`${gw.url}/healthz`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('gateway in production mode', () => {
  let gw: Running;
  beforeAll(async () => {
    gw = await startGateway({ functions, production: true });
  });
  afterAll(() => gw.close());

  it('has no dev sign-in', async () => {
    const r = await post(`${gw.url}/api/dev/sign-in`, { openid: 'demo-admin' });
    expect(r.status).toBe(404);
    expect(r.json.error.code).toBe('NOT_FOUND');
  });

  it('still serves anonymous calls', async () => {
    const r = await post(`${gw.url}/api/fn/info`, { action: 'me' });
    expect(r.json).toEqual({ ok: true, data: { kind: 'anonymous' } });
  });
});

describe('gateway static site', () => {
  let gw: Running;
  let dir: string;
  const inline = 'document.documentElement.style.fontSize="16px"';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'h5-'));
    mkdirSync(join(dir, 'js'));
    writeFileSync(join(dir, 'index.html'), `<!doctype html><html><head><script>${inline}</script></head><body><div id="app"></div><script src="/js/app.3f9a1c2b.js"></script></body></html>`);
    writeFileSync(join(dir, 'js', 'app.3f9a1c2b.js'), 'console.log("app")');
    gw = await startGateway({ functions, staticDir: dir });
  });
  afterAll(async () => {
    await gw.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html at / with no-cache and a CSP that allows its inline script by hash', async () => {
    const res = await fetch(`${gw.url}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="app">');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const csp = res.headers.get('content-security-policy') ?? '';
    const hash = require('node:crypto').createHash('sha256').update(inline).digest('base64');
    expect(csp).toContain(`'sha256-${hash}'`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('falls back to index.html for a page route (single-page app)', async () => {
    const res = await fetch(`${gw.url}/pages/guide/index?key=notary`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="app">');
  });

  it('caches hashed assets for a year', async () => {
    const res = await fetch(`${gw.url}/js/app.3f9a1c2b.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('answers a missing asset with 404, not the page', async () => {
    const res = await fetch(`${gw.url}/js/missing.1234abcd.js`);
    expect(res.status).toBe(404);
  });

  it('does not serve the page for unknown /api paths', async () => {
    const res = await fetch(`${gw.url}/api/nothing`);
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('NOT_FOUND');
  });
});
