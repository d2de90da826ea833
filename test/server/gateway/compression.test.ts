import { request } from 'node:http';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { functions } from '../../../src/server/functions';
import { pickEncoding } from '../../../src/server/gateway/encoding';
import { startGateway, type Running } from './harness';

const root = join(__dirname, '..', '..', '..');
const script = 'window.station = "西山镇公共法律服务工作站";\n'.repeat(200);

/** A GET with exactly these headers; the raw (still encoded) body. */
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('gateway sends the H5 build compressed', () => {
  let gw: Running;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'h5-compressed-'));
    mkdirSync(join(dir, 'js'));
    writeFileSync(join(dir, 'index.html'), `<!doctype html><html><head></head><body><div id="app"></div><script src="/js/app.1a2b3c4d.js"></script>${'<!-- pad -->'.repeat(50)}</body></html>`);
    writeFileSync(join(dir, 'js', 'app.1a2b3c4d.js'), script);
    writeFileSync(join(dir, 'logo.png'), Buffer.alloc(2000, 7));
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'precompress.mjs'), dir], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    gw = await startGateway({ functions, staticDir: dir });
  });
  afterAll(async () => {
    await gw.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends the build-time brotli copy to a browser that accepts br, saying so and varying by Accept-Encoding', async () => {
    const res = await get(`${gw.url}/js/app.1a2b3c4d.js`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(Buffer.byteLength(script) / 10);
    expect(brotliDecompressSync(res.body).toString('utf8')).toBe(script);
  });

  it('sends the gzip copy when only gzip is accepted, and plain bytes (still Vary) when nothing is', async () => {
    const gz = await get(`${gw.url}/js/app.1a2b3c4d.js`, { 'accept-encoding': 'gzip;q=1, br;q=0' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString('utf8')).toBe(script);
    const plain = await get(`${gw.url}/js/app.1a2b3c4d.js`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
    expect(plain.body.toString('utf8')).toBe(script);
  });

  it('gives each encoding its own ETag, so a cache never revalidates one encoding with another', async () => {
    const br = await get(`${gw.url}/js/app.1a2b3c4d.js`, { 'accept-encoding': 'br' });
    const plain = await get(`${gw.url}/js/app.1a2b3c4d.js`);
    expect(br.headers.etag).not.toBe(plain.headers.etag);
    expect((await get(`${gw.url}/js/app.1a2b3c4d.js`, { 'accept-encoding': 'br', 'if-none-match': String(br.headers.etag) })).status).toBe(304);
  });

  it('compresses index.html as it sends it (it is rendered per request)', async () => {
    const res = await get(`${gw.url}/`, { 'accept-encoding': 'br' });
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(res.body).toString('utf8')).toContain('<div id="app">');
  });

  it('never sends images compressed again, nor a copy older than its file (a rebuild without precompress)', async () => {
    const png = await get(`${gw.url}/logo.png`, { 'accept-encoding': 'br' });
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.headers.vary).toBeUndefined();
    const later = new Date(Date.now() + 60_000);
    writeFileSync(join(dir, 'js', 'app.1a2b3c4d.js'), 'console.log("rebuilt")');
    utimesSync(join(dir, 'js', 'app.1a2b3c4d.js'), later, later);
    const res = await get(`${gw.url}/js/app.1a2b3c4d.js`, { 'accept-encoding': 'br' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString('utf8')).toBe('console.log("rebuilt")');
  });
});

describe('pickEncoding', () => {
  it('prefers brotli, falls back to gzip, honours q=0 and *', () => {
    expect(pickEncoding('gzip, deflate, br')).toBe('br');
    expect(pickEncoding('gzip, deflate')).toBe('gzip');
    expect(pickEncoding('br;q=0, gzip')).toBe('gzip');
    expect(pickEncoding('identity')).toBeNull();
    expect(pickEncoding('*')).toBe('br');
    expect(pickEncoding('*, br;q=0')).toBe('gzip');
    expect(pickEncoding(undefined)).toBeNull();
  });
});
