import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { functions } from '../../../src/server/functions';
import { scheduler } from '../../../src/server/functions/scheduler';
import { createDiskFileStore } from '../../../src/server/files/disk';
import { invoke } from '../../../src/server/core/invoke';
import { openSqliteStore } from '../../../src/server/store/sqlite';
import { seedIfEmpty } from '../../../src/server/seed';
import { PHOTO_DAILY_LIMIT } from '../../../src/domain/limits';
import type { Runtime } from '../../../src/server/core/define';
import { noWechat, post, signIn, startGateway, type Running } from '../gateway/harness';

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('letter photo pixels')]);
const START = Date.parse('2026-11-26T10:00:00+08:00');
const HOUR = 3600_000;

describe('photo uploads: a daily limit per staff member, and photos nobody kept removed after a day', () => {
  let dir: string;
  let gw: Running;
  let runtime: Runtime;
  let now = START;
  let staff: string;
  const upload = (token = staff) => fetch(`${gw.url}/api/files`, { method: 'POST', headers: { 'content-type': 'image/jpeg', authorization: `Bearer ${token}` }, body: JPEG });
  const fetchPhoto = (id: string) => fetch(`${gw.url}/api/files/${id}`, { headers: { authorization: `Bearer ${staff}` } });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'uploads-'));
    now = START;
    const store = openSqliteStore({ file: ':memory:' });
    await seedIfEmpty(store, START);
    const files = createDiskFileStore(join(dir, 'files'));
    runtime = { store, clock: { now: () => now }, sender: noWechat, templates: {}, files };
    gw = await startGateway({ functions, runtime, files });
    staff = await signIn(gw.url, 'demo-staff');
  });
  afterEach(async () => {
    await gw.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`takes ${PHOTO_DAILY_LIMIT} photos a day from one staff member, then answers 429 RATE_LIMITED in Chinese; the next day it takes them again`, async () => {
    for (let i = 0; i < PHOTO_DAILY_LIMIT; i++) expect((await upload()).status).toBe(200);
    const refused = await upload();
    expect(refused.status).toBe(429);
    expect((await refused.json()).error).toEqual({ code: 'RATE_LIMITED', message: expect.stringContaining('请明天再传'), field: 'file' });
    expect((await upload(await signIn(gw.url, 'demo-director'))).status).toBe(200); // per person
    now += 24 * HOUR;
    expect((await upload()).status).toBe(200);
  });

  it('removes a photo no ticket kept a day after upload, and keeps the one a registered letter refers to', async () => {
    const kept = (await (await upload()).json()).data.fileId;
    const stray = (await (await upload()).json()).data.fileId;
    const registered = await post(`${gw.url}/api/fn/tickets`, {
      action: 'register', requestId: 'req-letter-0001', channel: 'letter', type: 'complaint', content: '来信反映窗口态度问题',
      contact: { name: '王某' }, complaint: { scope: 'attitude' }, letterPhotoIds: [kept],
    }, staff);
    expect(registered.status).toBe(200);
    now += 23 * HOUR;
    expect((await invoke(scheduler, { action: 'tick' }, { openid: null, trigger: true }, runtime)).ok).toBe(true);
    expect((await fetchPhoto(stray)).status).toBe(200); // not a day old yet
    now += 2 * HOUR;
    const tick = await invoke(scheduler, { action: 'tick' }, { openid: null, trigger: true }, runtime);
    expect(tick).toMatchObject({ ok: true, data: { jobs: { photoSweep: 'ran' } } });
    expect((await fetchPhoto(stray)).status).toBe(404);
    expect((await fetchPhoto(kept)).status).toBe(200);
    expect(await runtime.store.get('fileUploads', stray)).toBeNull();
  });
});
