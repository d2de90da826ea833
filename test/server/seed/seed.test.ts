import { openSqliteStore, type SqliteStore } from '../../../src/server/store/sqlite';
import { seedContent, seedIfEmpty } from '../../../src/server/seed';
import { dataSchemaByKind } from '../../../src/server/content/schemas';
import { demoResidents } from '../../../src/server/seed/accounts';
import { FIXED_NOW, snapshot } from '../../support/runtime';

let store: SqliteStore;
beforeEach(() => {
  store = openSqliteStore({ file: ':memory:' });
});
afterEach(() => store.close());

describe('seedIfEmpty', () => {
  it('writes the content, five demo staff and the demo resident into an empty store', async () => {
    expect(await seedIfEmpty(store, FIXED_NOW)).toEqual({ content: 9, staff: 5, residents: 1, legalAidWorkers: 2, units: 11 });
    expect(await store.count('content')).toBe(9);
    const staff = await store.find<any>('staff', { orderBy: [['order', 'asc']] });
    expect(staff.map((s) => [s.openid, s.roles, s.active])).toEqual([
      ['demo-staff', ['staff'], true],
      ['demo-director', ['staff', 'director'], true],
      ['demo-admin', ['staff', 'admin'], true],
      ['demo-legal-aid-worker', ['legalAidWorker'], true],
      ['demo-archivist', ['archivist'], true],
    ]);
  });

  it('links the demo legal-aid worker account to the sample roster’s lawyer', async () => {
    await seedIfEmpty(store, FIXED_NOW);
    const worker = await store.get<any>('legalAidWorkers', 'law_sample1');
    expect(worker).toMatchObject({ name: '示例·王律师', staffId: 'staff:demo-legal-aid-worker' });
    expect(await store.get<any>('staff', 'staff:demo-legal-aid-worker')).toMatchObject({ name: '示例·王律师', demo: true });
  });

  it('seeds the content but no account at all when demo accounts are off (production)', async () => {
    expect(await seedIfEmpty(store, FIXED_NOW, { demoAccounts: false })).toEqual({ content: 9, staff: 0, residents: 0, legalAidWorkers: 0, units: 11 });
    expect(await store.count('staff')).toBe(0);
    expect(await store.count('residents')).toBe(0);
  });

  it('writes nothing the second time', async () => {
    await seedIfEmpty(store, FIXED_NOW);
    const before = await snapshot(store);
    expect(await seedIfEmpty(store, FIXED_NOW + 86_400_000)).toEqual({ content: 0, staff: 0, residents: 0, legalAidWorkers: 0, units: 0 });
    expect(await snapshot(store)).toEqual(before);
  });

  it('never brings back a badge the admin removed, even if every item were gone', async () => {
    await seedIfEmpty(store, FIXED_NOW);
    await store.create('contentHistory', { _id: 'badge:x@1', itemKey: 'badge:x', version: 1 });
    for (const doc of await store.find('content')) await store.remove('content', doc._id);
    expect((await seedIfEmpty(store, FIXED_NOW)).content).toBe(0);
    expect(await store.count('content')).toBe(0);
  });

  it('points the demo staff at badges that exist', async () => {
    await seedIfEmpty(store, FIXED_NOW);
    for (const s of await store.find<any>('staff')) {
      if (s.badgeKey) expect(await store.get('content', s.badgeKey)).not.toBeNull();
    }
  });
});

describe('seedContent', () => {
  const docs = seedContent(FIXED_NOW);

  it('passes the same schemas the admin edits with', () => {
    for (const doc of docs) expect({ key: doc.key, ok: dataSchemaByKind[doc.kind].safeParse(doc.data).success }).toEqual({ key: doc.key, ok: true });
  });

  it('marks the rules-based station and commitments as real and the guides and badges as sample', () => {
    const sample = Object.fromEntries(docs.map((d) => [d.key, d.sample]));
    expect(sample).toMatchObject({ station: false, commitments: false, 'guide:notary': true, 'badge:sample-window': true });
  });

  it('names every sample badge as a sample and tells how to complain', () => {
    for (const badge of docs.filter((d) => d.kind === 'badge')) {
      expect((badge.data as any).name).toMatch(/^示例·/);
      expect((badge.data as any).complaintHow).toBe('投诉电话 0791-83280001 或大厅意见箱');
    }
  });

  it('carries the commitments of rule 一: green channel groups, five same-days, home visits, hardship exemption', () => {
    const text = JSON.stringify(docs.find((d) => d.key === 'commitments')!.data);
    for (const words of ['妇女', '未成年人', '老年人', '残疾人', '农民工', '现役军人', '当天申请、当天受理、当天审批、当天指派、当天援助', '七十岁以上', '重度残疾人', '最低生活保障证', '“五保”供养证', '特困户救助证', '应援尽援', '虚假承诺', '一律免费']) {
      expect(text).toContain(words);
    }
  });
});

describe('the demo resident', () => {
  it('is 75 on 2026-11-26, old enough for home visits', () => {
    const [birthYear, rest] = [Number(demoResidents[0].birthDate.slice(0, 4)), demoResidents[0].birthDate.slice(5)];
    const age = 2026 - birthYear - (rest > '11-26' ? 1 : 0);
    expect(age).toBe(75);
  });
});
