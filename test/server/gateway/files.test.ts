import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { functions } from '../../../src/server/functions';
import { createDiskFileStore } from '../../../src/server/files/disk';
import { MAX_FILE_BYTES } from '../../../src/server/ports/files';
import { signIn, startGateway, type Running } from './harness';

/** The smallest bytes that pass as a JPEG: its magic number and some payload. */
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('letter photo pixels')]);

function upload(url: string, bytes: Buffer, contentType: string, token?: string) {
  const headers: Record<string, string> = { 'content-type': contentType };
  if (token) headers.authorization = `Bearer ${token}`;
  return fetch(`${url}/api/files`, { method: 'POST', headers, body: bytes });
}

/** A GET with the path sent exactly as written (fetch would resolve `..` before sending). */
function rawGet(url: string, path: string, token: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { method: 'GET', path, headers: { authorization: `Bearer ${token}` } }, (res) => {
      let body = '';
      res.on('data', (c) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('letter photos over the gateway (/api/files)', () => {
  let dir: string;
  let gw: Running;
  let staff: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'files-gw-'));
    writeFileSync(join(dir, 'session-secret'), 'do-not-leak');
    gw = await startGateway({ functions, files: createDiskFileStore(join(dir, 'files')) });
    staff = await signIn(gw.url, 'demo-staff');
  });
  afterAll(async () => {
    await gw.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses an upload without a session with 401 and from an account without a station role with 403', async () => {
    const anonymous = await upload(gw.url, JPEG, 'image/jpeg');
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error.code).toBe('UNAUTHENTICATED');
    // issue 11: residents may upload their legal-aid materials (test/server/legal-aid/photos.test.ts)
    await gw.runtime.store.put('staff', { _id: 'staff:liaison', openid: 'demo-liaison', name: '联络员', roles: ['unitLiaison'], active: true, order: 9 });
    const liaison = await upload(gw.url, JPEG, 'image/jpeg', await signIn(gw.url, 'demo-liaison'));
    expect(liaison.status).toBe(403);
    expect(await liaison.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('stores a staff member\'s photo and gives the same bytes back with its type, privately cached', async () => {
    const res = await upload(gw.url, JPEG, 'image/jpeg', staff);
    const body = await res.json();
    expect(res.status).toBe(200);
    expect(body).toEqual({ ok: true, data: { fileId: expect.stringMatching(/^f_[0-9a-f]{32}$/) } });
    const got = await fetch(`${gw.url}/api/files/${body.data.fileId}`, { headers: { authorization: `Bearer ${staff}` } });
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/jpeg');
    expect(got.headers.get('cache-control')).toMatch(/^private/);
    expect(Buffer.from(await got.arrayBuffer()).equals(JPEG)).toBe(true);
  });

  it('lets neither an anonymous caller nor a resident read a stored photo', async () => {
    const { data } = await (await upload(gw.url, JPEG, 'image/jpeg', staff)).json();
    expect((await fetch(`${gw.url}/api/files/${data.fileId}`)).status).toBe(401);
    const resident = await signIn(gw.url, 'demo-resident');
    expect((await fetch(`${gw.url}/api/files/${data.fileId}`, { headers: { authorization: `Bearer ${resident}` } })).status).toBe(403);
  });

  it('answers a photo over 5 MB with 413 PAYLOAD_TOO_LARGE and a Chinese message', async () => {
    const big = Buffer.concat([JPEG, Buffer.alloc(MAX_FILE_BYTES)]);
    const res = await upload(gw.url, big, 'image/jpeg', staff);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE', message: expect.stringContaining('5 MB'), field: 'file' } });
  });

  it('answers a file that is not a JPEG/PNG/WebP photo with 400 VALIDATION', async () => {
    const pdf = await upload(gw.url, Buffer.from('%PDF-1.4'), 'application/pdf', staff);
    expect(pdf.status).toBe(400);
    expect(await pdf.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'file' } });
    const disguised = await upload(gw.url, Buffer.from('<script>alert(1)</script>'), 'image/png', staff);
    expect(disguised.status).toBe(400);
  });

  it('answers an unknown id with 404 NOT_FOUND', async () => {
    const res = await fetch(`${gw.url}/api/files/f_${'0'.repeat(32)}`, { headers: { authorization: `Bearer ${staff}` } });
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('NOT_FOUND');
  });

  it('answers path traversal attempts with 404 and never a file from the data directory', async () => {
    for (const path of ['/api/files/../session-secret', '/api/files/..%2Fsession-secret', '/api/files/..%2F..%2Fsession-secret', '/api/files/%2e%2e/session-secret']) {
      const res = await rawGet(gw.url, path, staff);
      expect(res.status).toBe(404);
      expect(res.body).not.toContain('do-not-leak');
    }
  });

  it('accepts only POST for uploads', async () => {
    const res = await fetch(`${gw.url}/api/files`, { headers: { authorization: `Bearer ${staff}` } });
    expect(res.status).toBe(405);
  });
});
