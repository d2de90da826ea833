import tcb from '@cloudbase/node-sdk';
import { collections } from '../../../src/server/store/collections';
import { createCloudbaseStore } from '../../../src/server/store/cloudbase';
import { openSqliteStore } from '../../../src/server/store/sqlite';
import { createCloudbaseStorage } from '../../../src/server/runtime/cloudbase-storage';
import { fixedClock } from '../../../src/server/ports/clock';
import { seedIfEmpty } from '../../../src/server/seed';
import { invoke } from '../../../src/server/core/invoke';
import { tickets } from '../../../src/server/functions/tickets';
import { sweepUnreferencedPhotos, uploadRecordId } from '../../../src/server/files/uploads';
import { RESIDENT_PHOTO_DAILY_LIMIT } from '../../../src/domain/limits';
import type { Runtime } from '../../../src/server/core/define';
import type { Store } from '../../../src/server/ports/store';
import type { PlatformIdentity } from '../../../src/server/ports/identity';
import { cloudFunctionEnv, startCloudbaseDouble, type CloudbaseDouble } from '../../support/cloudbase-double';
import { as, FIXED_NOW, recordingSender } from '../../support/runtime';

jest.setTimeout(120_000);

/**
 * Issue 10 §1: photos the mini-program puts in cloud storage itself (Taro.cloud.uploadFile) are
 * counted against the uploader's daily limit and swept from storage when nothing keeps them —
 * on both stores, with the real SDK's storage calls against the double's storage edge.
 */
const savedEnv = { ...process.env };
beforeAll(() => Object.assign(process.env, cloudFunctionEnv({ env: 'test-env' })));
afterAll(() => {
  process.env = savedEnv;
});

const DAY = 24 * 60 * 60 * 1000;

describe.each([
  ['SQLite', async (): Promise<Store> => openSqliteStore({ file: ':memory:' })],
  ['CloudBase', async (app: ReturnType<typeof tcb.init>): Promise<Store> => createCloudbaseStore(app)],
] as const)('photos uploaded straight to cloud storage, on %s', (_name, makeStore) => {
  let double: CloudbaseDouble;
  let app: ReturnType<typeof tcb.init>;
  let runtime: Runtime;
  beforeEach(async () => {
    double = await startCloudbaseDouble({ collections: Object.keys(collections) });
    app = tcb.init(double.sdk);
    const store = await makeStore(app);
    await seedIfEmpty(store, FIXED_NOW);
    runtime = { store, clock: fixedClock(FIXED_NOW), sender: recordingSender(), templates: {}, reportStorage: createCloudbaseStorage(app) };
  });
  afterEach(() => double.close());

  let n = 0;
  /** What the mini-program does: Taro.cloud.uploadFile to letters/<today>/<random>.jpg. */
  const upload = async (day = '2026-11-26') => {
    const res = await app.uploadFile({ cloudPath: `letters/${day}/p${(++n).toString(36)}x.jpg`, fileContent: Buffer.from([0xff, 0xd8, 0xff, n]) });
    return res.fileID as string;
  };
  const stored = () => double.storage.files.size;
  const told = (fileId: string, who: PlatformIdentity = as.resident, at = runtime) => invoke(tickets, { action: 'photoUploaded', fileId }, who, at);

  it('counts a told photo once, however often it is told', async () => {
    const id = await upload();
    expect(await told(id)).toMatchObject({ ok: true, data: { fileId: id, counted: true } });
    expect(await told(id)).toMatchObject({ ok: true, data: { counted: false } });
    const quota = await runtime.store.get<any>('fileUploads', 'quota:resident:demo-resident:2026-11-26');
    expect(quota.count).toBe(1);
    expect(await runtime.store.get<any>('fileUploads', uploadRecordId(id)!)).toMatchObject({ fileId: id, uploadedBy: 'resident:demo-resident', referenced: false });
  });

  it(`deletes the photo over a resident's ${RESIDENT_PHOTO_DAILY_LIMIT} a day and says so`, async () => {
    for (let i = 0; i < RESIDENT_PHOTO_DAILY_LIMIT; i++) expect((await told(await upload())).ok).toBe(true);
    const extra = await upload();
    expect(stored()).toBe(RESIDENT_PHOTO_DAILY_LIMIT + 1);
    const res = await told(extra);
    expect(res.ok ? '' : res.error.code).toBe('RATE_LIMITED');
    expect(res.ok ? '' : res.error.message).toContain(`每人每天 ${RESIDENT_PHOTO_DAILY_LIMIT} 张的上限`);
    expect(stored()).toBe(RESIDENT_PHOTO_DAILY_LIMIT);
    expect(await runtime.store.get('fileUploads', uploadRecordId(extra)!)).toBeNull();
  });

  it('refuses an id that is not a fresh upload of the mini-program, and one told by someone else', async () => {
    const old = await upload('2026-11-20');
    for (const fileId of [old, 'cloud://test-env.b/reports/2026-11-26/rpt.docx', 'f_0123456789abcdef0123456789abcdef']) {
      const res = await told(fileId);
      expect(res.ok ? '' : `${res.error.code} ${res.error.field}`).toBe('VALIDATION fileId');
    }
    const mine = await upload();
    expect((await told(mine)).ok).toBe(true);
    const other = await told(mine, as.stranger);
    expect(other.ok ? '' : other.error.code).toBe('VALIDATION');
    expect(stored()).toBe(2); // nothing deleted by a refusal
  });

  it('sweeps from storage after a day a photo nothing keeps, and keeps the one a letter keeps', async () => {
    const lost = await upload();
    const kept = await upload();
    expect((await told(lost, as.staff)).ok).toBe(true);
    expect((await told(kept, as.staff)).ok).toBe(true);
    const letter = await invoke(tickets, {
      action: 'register', requestId: 'req-cloud-photo-1', channel: 'letter', type: 'consultation', content: '来信询问宅基地纠纷', contact: { name: '王某' }, letterPhotoIds: [kept],
    }, as.staff, runtime);
    expect(letter.ok).toBe(true);
    expect(await sweepUnreferencedPhotos(runtime.store, undefined, FIXED_NOW + DAY / 2, runtime.reportStorage)).toBe(true);
    expect(stored()).toBe(2); // not yet a day old
    expect(await sweepUnreferencedPhotos(runtime.store, undefined, FIXED_NOW + DAY + 1, runtime.reportStorage)).toBe(true);
    expect([...double.storage.files.keys()]).toEqual([kept.replace(/^cloud:\/\/[^/]+\//, '')]);
    expect(await runtime.store.get('fileUploads', uploadRecordId(lost)!)).toBeNull();
  });

  it('puts the record back when cloud storage cannot delete, so the next sweep tries again', async () => {
    const id = await upload();
    expect((await told(id, as.staff)).ok).toBe(true);
    let fail = true;
    const flaky = { remove: async (ids: string[]) => { if (fail) throw new Error('network'); await runtime.reportStorage!.remove(ids); } };
    await sweepUnreferencedPhotos(runtime.store, undefined, FIXED_NOW + DAY + 1, flaky);
    expect(await runtime.store.get('fileUploads', uploadRecordId(id)!)).not.toBeNull();
    expect(stored()).toBe(1);
    fail = false;
    await sweepUnreferencedPhotos(runtime.store, undefined, FIXED_NOW + DAY + 2, flaky);
    expect(stored()).toBe(0);
  });
});
