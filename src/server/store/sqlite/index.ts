import { AsyncLocalStorage } from 'node:async_hooks';
import Database from 'better-sqlite3';
import type { Doc, FindOptions, Store, Tx } from '../../ports/store';
import { docOps, type DocOps } from './doc-ops';
import { assertCollection, assertDoc } from './guard';
import { createMutex } from './mutex';
import { ensureSchema, tableOf } from './schema';

/** The embedded store: the Store port plus what seeding and benchmarks need. */
export interface SqliteStore extends Store {
  /** Inserts or replaces many documents in one SQLite transaction (seeding, benchmarks). */
  insertMany(collection: string, docs: Doc[]): Promise<void>;
  /** The underlying connection, for diagnostics such as EXPLAIN QUERY PLAN in tests. */
  readonly db: Database.Database;
}

export interface SqliteOptions {
  /** A file path, or ':memory:'. */
  file: string;
}

function openDatabase(file: string): Database.Database {
  const db = new Database(file);
  if (file !== ':memory:' && file !== '') {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('busy_timeout = 5000');
  return db;
}

function txView(ops: DocOps, isOpen: () => boolean): Tx {
  const live = <R>(fn: () => R): Promise<R> => {
    if (!isOpen()) return Promise.reject(new Error('transaction already finished: use tx only inside its callback'));
    try {
      return Promise.resolve(fn());
    } catch (err) {
      return Promise.reject(err);
    }
  };
  return {
    get: <T extends Doc>(c: string, id: string) => live(() => ops.get<T>(c, id)),
    create: (c, doc) => live(() => ops.create(c, doc)),
    put: (c, doc) => live(() => ops.put(c, doc)),
    update: (c, id, patch) => live(() => ops.update(c, id, patch)),
    remove: (c, id) => live(() => ops.remove(c, id)),
  };
}

/**
 * Opens (or creates) the embedded document store on SQLite: one table per collection of
 * `collections.ts` with its expression indexes, WAL for files, and transactions serialized by
 * an async lock (BEGIN IMMEDIATE … COMMIT, ROLLBACK when the callback throws). Every other
 * operation waits for a running transaction, so nothing uncommitted is ever seen.
 *
 * @example
 * const store = openSqliteStore({ file: ':memory:' });
 * await store.create('staff', { _id: 's1', openid: 'o1', active: true });
 * await store.transaction(async (tx) => tx.update('staff', 's1', { active: false }));
 * await store.close();
 */
export function openSqliteStore(options: SqliteOptions): SqliteStore {
  const db = openDatabase(options.file);
  ensureSchema(db);
  const ops = docOps(db);
  const lock = createMutex();
  const inTx = new AsyncLocalStorage<boolean>();
  let closed = false;

  const run = <R>(name: string, fn: () => R | Promise<R>): Promise<R> => {
    if (inTx.getStore()) {
      return Promise.reject(new Error(`store.${name} called inside a transaction: use the tx argument`));
    }
    if (closed) return Promise.reject(new Error('store is closed'));
    return lock.run(fn);
  };

  return {
    db,
    get: <T extends Doc>(c: string, id: string) => run('get', () => ops.get<T>(c, id)),
    create: (c, doc) => run('create', () => ops.create(c, doc)),
    put: (c, doc) => run('put', () => ops.put(c, doc)),
    update: (c, id, patch) => run('update', () => ops.update(c, id, patch)),
    remove: (c, id) => run('remove', () => ops.remove(c, id)),
    find: <T extends Doc>(c: string, opts?: FindOptions) => run('find', () => ops.find<T>(c, opts)),
    count: (c, where) => run('count', () => ops.count(c, where)),
    insertMany: (c, docs) =>
      run('insertMany', () => {
        assertCollection(c);
        docs.forEach(assertDoc);
        const stmt = db.prepare(`INSERT OR REPLACE INTO ${tableOf(c)} (id, doc) VALUES (?, ?)`);
        db.transaction(() => {
          for (const { _id, ...rest } of docs) stmt.run(_id, JSON.stringify(rest));
        })();
      }),
    transaction: <R>(fn: (tx: Tx) => Promise<R>) =>
      run('transaction', async () => {
        let open = true;
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await inTx.run(true, () => fn(txView(ops, () => open)));
          db.exec('COMMIT');
          return result;
        } catch (err) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw err;
        } finally {
          open = false;
        }
      }),
    close: () =>
      run('close', () => {
        if (!closed) db.close();
        closed = true;
      }),
  };
}
