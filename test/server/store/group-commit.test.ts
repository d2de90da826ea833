import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../../src/server/core/errors';
import { openSqliteStore, type SqliteStore } from '../../../src/server/store/sqlite';

const staff = (id: string) => ({ _id: id, openid: id, name: id, roles: ['staff'], active: true, order: 1 });

describe('group commit on the SQLite store', () => {
  let dir: string;
  let store: SqliteStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'group-commit-'));
    store = openSqliteStore({ file: join(dir, 'db.sqlite') });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shares one COMMIT among queued transactions, and answers none of them before it', async () => {
    const commits: number[] = [];
    const exec = store.db.exec.bind(store.db);
    store.db.exec = ((sql: string) => {
      if (sql === 'COMMIT') commits.push(Date.now());
      return exec(sql);
    }) as typeof store.db.exec;
    let answeredBeforeCommit = 0;
    const all = Array.from({ length: 20 }, (_, i) =>
      store.transaction(async (tx) => tx.create('staff', staff(`s${i}`))).then(() => {
        if (commits.length === 0) answeredBeforeCommit++;
      }),
    );
    await Promise.all(all);
    expect(answeredBeforeCommit).toBe(0);
    expect(commits.length).toBeLessThan(20);
    expect(await store.count('staff')).toBe(20);
  });

  it('rolls back only the member that failed; the others of its group commit', async () => {
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) =>
      store.transaction(async (tx) => {
        await tx.create('staff', staff(`m${i}`));
        if (i === 4) throw new AppError('CONFLICT', '第五个失败');
      }),
    ));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
    expect((await store.find('staff', { orderBy: [['_id', 'asc']] })).map((d) => d._id)).toEqual(['m0', 'm1', 'm2', 'm3', 'm5', 'm6', 'm7', 'm8', 'm9']);
  });

  it('commits a waiting group before a plain write, and keeps every write after a reopen', async () => {
    const work = [
      store.transaction(async (tx) => tx.create('staff', staff('a'))),
      store.transaction(async (tx) => tx.create('staff', staff('b'))),
      store.put('staff', staff('c')),
      store.transaction(async (tx) => tx.update('staff', 'c', { name: 'c2' })),
    ];
    await Promise.all(work);
    await store.close();
    store = openSqliteStore({ file: join(dir, 'db.sqlite') });
    expect((await store.find<any>('staff', { orderBy: [['_id', 'asc']] })).map((d) => [d._id, d.name])).toEqual([['a', 'a'], ['b', 'b'], ['c', 'c2']]);
  });

  it('lets a transaction read what an earlier member of its group wrote (serial order)', async () => {
    const [, second] = await Promise.all([
      store.transaction(async (tx) => tx.create('staff', staff('x'))),
      store.transaction(async (tx) => tx.get('staff', 'x')),
    ]);
    expect(second).toMatchObject({ _id: 'x' });
  });
});
