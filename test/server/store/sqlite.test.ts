import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../../src/server/store/sqlite';
import { describeStoreContract } from './contract';

describeStoreContract('sqlite', async () => {
  const store = openSqliteStore({ file: ':memory:' });
  return { store, cleanup: () => store.close(), seed: (c, docs) => store.insertMany(c, docs) };
});

describe('sqlite store', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'store-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  function plan(store: ReturnType<typeof openSqliteStore>, sql: string, ...params: unknown[]): string {
    const rows = store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>;
    return rows.map((r) => r.detail).join(' | ');
  }

  it('answers a find on an indexed field with an index SEARCH, not a SCAN', async () => {
    const store = openSqliteStore({ file: ':memory:' });
    const seen: string[] = [];
    const prepare = store.db.prepare.bind(store.db);
    store.db.prepare = ((sql: string) => {
      seen.push(sql);
      return prepare(sql);
    }) as typeof store.db.prepare;
    await store.find('audit', { where: { at: { $gte: 5, $lt: 10 } }, orderBy: [['at', 'asc']], limit: 10 });
    await store.find('staff', { where: { openid: 'o1' } });
    await store.find('content', { where: { kind: 'guide' }, orderBy: [['order', 'asc']] });
    const [range, byOpenid, byKind] = seen;
    expect(plan(store, range, 5, 10, 10, 0)).toMatch(/SEARCH c_audit USING INDEX i_audit_at /);
    expect(plan(store, range, 5, 10, 10, 0)).not.toMatch(/SCAN|TEMP B-TREE/);
    expect(plan(store, byOpenid, 'o1', 100, 0)).toMatch(/SEARCH c_staff USING INDEX i_staff_openid/);
    expect(plan(store, byKind, 'guide', 100, 0)).toMatch(/SEARCH c_content USING INDEX i_content_kind\$order|SEARCH c_content USING INDEX i_content_kind_order/);
    expect(plan(store, byKind, 'guide', 100, 0)).not.toMatch(/TEMP B-TREE/);
    await store.close();
  });

  it('scans when the field has no index (the check above can fail)', async () => {
    const store = openSqliteStore({ file: ':memory:' });
    const sql = `SELECT id, doc FROM "c_audit" WHERE json_extract(doc, '$.nothing') = ?`;
    expect(plan(store, sql, 1)).toMatch(/SCAN c_audit/);
    await store.close();
  });

  it('keeps a file store in WAL mode', async () => {
    const store = openSqliteStore({ file: join(dir, 'data.db') });
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('busy_timeout', { simple: true })).toBe(0); // locked writes retry asynchronously (sqlite-busy.test.ts)
    await store.close();
  });

  it('keeps the data when a file store is closed and opened again', async () => {
    const file = join(dir, 'data.db');
    const first = openSqliteStore({ file });
    await first.create('staff', { _id: 's1', openid: 'o1', active: true, order: 1 });
    await first.transaction((tx) => tx.update('staff', 's1', { name: '李主任' }));
    await first.close();
    const second = openSqliteStore({ file });
    expect(await second.get('staff', 's1')).toEqual({ _id: 's1', openid: 'o1', active: true, order: 1, name: '李主任' });
    expect(await second.find('staff', { where: { active: true } })).toHaveLength(1);
    await second.close();
  });

  it('makes other operations wait while a transaction is open, so they never see its writes', async () => {
    const store = openSqliteStore({ file: ':memory:' });
    await store.create('content', { _id: 'a', n: 1 });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const tx = store.transaction(async (t) => {
      await t.update('content', 'a', { n: 2 });
      await gate;
      throw new Error('changed my mind');
    });
    const read = store.get('content', 'a');
    release();
    await expect(tx).rejects.toThrow('changed my mind');
    expect(await read).toEqual({ _id: 'a', n: 1 });
    await store.close();
  });

  it('inserts many documents in one go', async () => {
    const store = openSqliteStore({ file: ':memory:' });
    await store.insertMany('audit', Array.from({ length: 5000 }, (_, i) => ({ _id: `a${i}`, at: i })));
    expect(await store.count('audit', { at: { $gte: 4990 } })).toBe(10);
    await store.close();
  });
});
