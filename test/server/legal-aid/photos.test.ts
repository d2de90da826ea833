/**
 * issue 11: residents attach photos of their legal-aid materials on H5 through the gateway
 * (`/api/files`), with their own daily limit, and read back only what their own application
 * keeps (the one access rule); letter photos stay staff-only. SQLite runtime; the store side
 * (own uploads only, kept with the application) also runs on the CloudBase double in suite.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { functions } from '../../../src/server/functions';
import { scheduler } from '../../../src/server/functions/scheduler';
import { createDiskFileStore } from '../../../src/server/files/disk';
import { invoke } from '../../../src/server/core/invoke';
import { openSqliteStore } from '../../../src/server/store/sqlite';
import { seedIfEmpty } from '../../../src/server/seed';
import { MAX_FILE_BYTES } from '../../../src/server/ports/files';
import { PHOTO_DAILY_LIMIT, RESIDENT_PHOTO_DAILY_LIMIT } from '../../../src/domain/limits';
import type { Runtime } from '../../../src/server/core/define';
import { snapshot } from '../../support/runtime';
import { noWechat, post, signIn, startGateway, type Running } from '../gateway/harness';
import { ordinaryApply } from './fixture';

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('material photo pixels')]);
const START = Date.parse('2026-11-26T10:00:00+08:00');
const HOUR = 3600_000;

describe('legal-aid material photos from residents over the gateway', () => {
  let dir: string;
  let gw: Running;
  let runtime: Runtime;
  let store: ReturnType<typeof openSqliteStore>;
  let now = START;
  let resident: string;
  let staff: string;
  const upload = (token: string, body: Buffer = JPEG, type = 'image/jpeg') => fetch(`${gw.url}/api/files`, { method: 'POST', headers: { 'content-type': type, authorization: `Bearer ${token}` }, body });
  const uploadId = async (token: string): Promise<string> => {
    const res = await upload(token);
    expect(res.status).toBe(200);
    return (await res.json()).data.fileId;
  };
  const photo = (id: string, token: string) => fetch(`${gw.url}/api/files/${id}`, { headers: { authorization: `Bearer ${token}` } });
  const legalAid = (action: string, payload: Record<string, unknown>, token: string) => post(`${gw.url}/api/fn/legalAid`, { action, ...payload }, token);

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'la-photos-'));
    now = START;
    store = openSqliteStore({ file: ':memory:' });
    await seedIfEmpty(store, START);
    const files = createDiskFileStore(join(dir, 'files'));
    runtime = { store, clock: { now: () => now }, sender: noWechat, templates: {}, files };
    gw = await startGateway({ functions, runtime, files });
    resident = await signIn(gw.url, 'demo-resident');
    staff = await signIn(gw.url, 'demo-staff');
  });
  afterEach(async () => {
    await gw.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lets a resident attach a photo to their application, read it back, and staff see it; another resident gets 404', async () => {
    const fileId = await uploadId(resident);
    const applied = await legalAid('apply', ordinaryApply({ photoIds: [fileId] }), resident);
    expect(applied.status).toBe(200);
    const app = applied.json.data.application;
    expect(app.photoIds).toEqual([fileId]);
    const mine = await photo(fileId, resident);
    expect(mine.status).toBe(200);
    expect(mine.headers.get('cache-control')).toMatch(/^private/);
    expect(Buffer.from(await mine.arrayBuffer()).equals(JPEG)).toBe(true);
    expect((await photo(fileId, staff)).status).toBe(200);
    const other = await photo(fileId, await signIn(gw.url, 'someone-else'));
    expect(other.status).toBe(404);
    expect((await other.json()).error).toMatchObject({ code: 'NOT_FOUND', message: '没有找到这张照片' });
  });

  it('never lets a resident read a letter photo, nor attach one to an application (VALIDATION on 材料照片, nothing written)', async () => {
    const letter = await uploadId(staff);
    const registered = await post(`${gw.url}/api/fn/tickets`, {
      action: 'register', requestId: 'req-letter-la-0001', channel: 'letter', type: 'complaint', content: '来信反映窗口态度问题',
      contact: { name: '王某' }, complaint: { scope: 'attitude' }, letterPhotoIds: [letter],
    }, staff);
    expect(registered.status).toBe(200);
    const read = await photo(letter, resident);
    expect(read.status).toBe(403);
    expect((await read.json()).error.code).toBe('FORBIDDEN');
    const before = await snapshot(store);
    const claimed = await legalAid('apply', ordinaryApply({ photoIds: [letter] }), resident);
    expect(claimed.status).toBe(400);
    expect(claimed.json.error).toMatchObject({ code: 'VALIDATION', field: 'photoIds', message: expect.stringContaining('照片') });
    expect(await snapshot(store)).toEqual(before);
    expect((await photo(letter, resident)).status).toBe(403);
  });

  it('takes the resident\'s photos at the 补充材料 step after a materials notice, and shows them on the application', async () => {
    const app = (await legalAid('apply', ordinaryApply(), resident)).json.data.application;
    expect((await legalAid('requestMaterials', { id: app.id, items: ['病历复印件'], dueDate: '2026-12-04' }, staff)).status).toBe(200);
    const fileId = await uploadId(resident);
    const supplied = await legalAid('supplyMaterials', { id: app.id, photoIds: [fileId] }, resident);
    expect(supplied.status).toBe(200);
    expect(supplied.json.data.application.status).toBe('applied');
    const seen = (await legalAid('get', { id: app.id }, staff)).json.data.application;
    expect(seen.photoIds).toEqual([fileId]);
    expect((await photo(fileId, resident)).status).toBe(200);
    expect((await photo(fileId, staff)).status).toBe(200);
  });

  it(`takes ${RESIDENT_PHOTO_DAILY_LIMIT} photos a day from one resident, then answers 429 RATE_LIMITED in Chinese; staff keep their own limit; tomorrow it takes them again`, async () => {
    for (let i = 0; i < RESIDENT_PHOTO_DAILY_LIMIT; i++) expect((await upload(resident)).status).toBe(200);
    const refused = await upload(resident);
    expect(refused.status).toBe(429);
    expect((await refused.json()).error).toEqual({ code: 'RATE_LIMITED', message: expect.stringContaining(`每人每天 ${RESIDENT_PHOTO_DAILY_LIMIT} 张`), field: 'file' });
    expect((await upload(await signIn(gw.url, 'someone-else'))).status).toBe(200); // per person
    expect((await upload(staff)).status).toBe(200);
    expect(RESIDENT_PHOTO_DAILY_LIMIT).toBeLessThan(PHOTO_DAILY_LIMIT);
    now += 24 * HOUR;
    expect((await upload(resident)).status).toBe(200);
  });

  it('checks a resident\'s photo like a staff member\'s: over 5 MB is 413, not a photo is 400', async () => {
    const big = await upload(resident, Buffer.concat([JPEG, Buffer.alloc(MAX_FILE_BYTES)]));
    expect(big.status).toBe(413);
    expect((await big.json()).error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', field: 'file' });
    const pdf = await upload(resident, Buffer.from('%PDF-1.4'), 'application/pdf');
    expect(pdf.status).toBe(400);
    expect((await pdf.json()).error).toMatchObject({ code: 'VALIDATION', field: 'file' });
  });

  it('removes a resident\'s photo no application kept a day after upload, and keeps the attached one', async () => {
    const kept = await uploadId(resident);
    const stray = await uploadId(resident);
    expect((await legalAid('apply', ordinaryApply({ photoIds: [kept] }), resident)).status).toBe(200);
    now += 25 * HOUR;
    const tick = await invoke(scheduler, { action: 'tick' }, { openid: null, trigger: true }, runtime);
    expect(tick).toMatchObject({ ok: true, data: { jobs: { photoSweep: 'ran' } } });
    expect(await runtime.store.get('fileUploads', stray)).toBeNull();
    expect((await photo(stray, staff)).status).toBe(404);
    expect((await photo(kept, resident)).status).toBe(200);
  });
});
