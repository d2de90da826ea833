import { mkdtempSync, mkdirSync, writeFileSync, rmSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { functions } from '../../../src/server/functions';
import { readNow } from '../../../src/server/gateway/static-files';
import { startGateway, type Running } from './harness';

const page = (script: string, inline = 'var v=1') =>
  `<!doctype html><html><head><script>${inline}</script></head><body><div id="app"></div><script src="/js/${script}"></script></body></html>`;
const sha = (s: string) => createHash('sha256').update(s).digest('base64');

describe('gateway static site across an H5 rebuild', () => {
  let gw: Running;
  let dir: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'h5-rebuild-'));
    mkdirSync(join(dir, 'js'));
    writeFileSync(join(dir, 'index.html'), page('app.11111111.js'));
    writeFileSync(join(dir, 'js', 'app.11111111.js'), 'console.log("old")');
    gw = await startGateway({ functions, staticDir: dir });
  });
  afterEach(async () => {
    await gw.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers 503 with a structured error while index.html is gone, and serves the page again once it is back', async () => {
    renameSync(join(dir, 'index.html'), join(dir, 'index.html.bak'));
    const gone = await fetch(`${gw.url}/`);
    expect(gone.status).toBe(503);
    expect(gone.headers.get('retry-after')).toBe('5');
    expect(await gone.json()).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('稍后刷新') } });
    expect((await fetch(`${gw.url}/pages/guide/index`)).status).toBe(503);
    renameSync(join(dir, 'index.html.bak'), join(dir, 'index.html'));
    const back = await fetch(`${gw.url}/`);
    expect(back.status).toBe(200);
    expect(await back.text()).toContain('app.11111111.js');
    expect((await fetch(`${gw.url}/healthz`)).status).toBe(200);
  });

  it('answers a vanished asset with a structured 404, not a crash', async () => {
    rmSync(join(dir, 'js', 'app.11111111.js'));
    const res = await fetch(`${gw.url}/js/app.11111111.js`);
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('NOT_FOUND');
    expect((await fetch(`${gw.url}/healthz`)).status).toBe(200);
  });

  it('serves a rebuild at once: the new index.html, its CSP, the new hashed file; the old one is gone', async () => {
    expect(await (await fetch(`${gw.url}/`)).text()).toContain('app.11111111.js');
    writeFileSync(join(dir, 'js', 'app.22222222.js'), 'console.log("new")');
    writeFileSync(join(dir, 'index.html'), page('app.22222222.js', 'var v=2'));
    rmSync(join(dir, 'js', 'app.11111111.js'));
    const res = await fetch(`${gw.url}/pages/index/index`);
    expect(await res.text()).toContain('app.22222222.js');
    expect(res.headers.get('content-security-policy')).toContain(`'sha256-${sha('var v=2')}'`);
    const js = await fetch(`${gw.url}/js/app.22222222.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log("new")');
    expect((await fetch(`${gw.url}/js/app.11111111.js`)).status).toBe(404);
  });

  it('answers 304 to a page whose ETag the browser already has, and the new page after it changed', async () => {
    const first = await fetch(`${gw.url}/`);
    const etag = first.headers.get('etag')!;
    expect((await fetch(`${gw.url}/`, { headers: { 'if-none-match': etag } })).status).toBe(304);
    writeFileSync(join(dir, 'index.html'), page('app.33333333.js'));
    const changed = await fetch(`${gw.url}/`, { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toContain('app.33333333.js');
  });

  it('never serves a file outside the build or a dotfile', async () => {
    writeFileSync(join(dir, '.env'), 'SECRET=1');
    expect((await fetch(`${gw.url}/.env`)).status).toBe(404);
    expect((await fetch(`${gw.url}/js/..%2f..%2f..%2fetc%2fpasswd`)).status).toBe(404);
  });
});

describe('readNow', () => {
  it('answers null for a missing file or a directory instead of throwing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'h5-read-'));
    await expect(readNow(join(dir, 'nope.js'))).resolves.toBeNull();
    await expect(readNow(dir)).resolves.toBeNull();
    rmSync(dir, { recursive: true, force: true });
  });
});
