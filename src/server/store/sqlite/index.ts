import { AsyncLocalStorage } from 'node:async_hooks';
import Database from 'better-sqlite3';
import type { Doc, FindOptions, Store, Tx } from '../../ports/store';
import { docOps, type DocOps } from './doc-ops';
import { assertCollection, assertDoc } from './guard';
import { createMutex } from './mutex';
import { ensureSchema, tableOf } from './schema';
import { AppError } from '../../core/errors';
import { BUSY_MESSAGE, DEFAULT_BUSY_POLICY, isSqliteBusy, retryWhileBusy, type BusyPolicy } from './busy';

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
  /** How long a locked write is retried before it answers BUSY (tests shorten it). */
  busy?: BusyPolicy;
}

/**
 * Opens the connection. While opening (before any request is answered) a lock held elsewhere is
 * waited for up to 5 s; afterwards `busy_timeout` is 0, because better-sqlite3 waits for it
 * synchronously — the whole event loop, `/healthz` included, would stand still. Locked writes are
 * retried asynchronously instead ({@link retryWhileBusy}). `synchronous = FULL` makes every
 * acknowledged commit durable through a power cut, not only a process crash.
 */
function openDatabase(file: string, schema: (db: Database.Database) => void): Database.Database {
  const db = new Database(file);
  db.pragma('busy_timeout = 5000');
  if (file !== ':memory:' && file !== '') {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
  }
  schema(db);
  db.pragma('busy_timeout = 0');
  return db;
}

/** The same operations, counting each write (even one that then fails) against its collection. */
function countingWrites(ops: DocOps, wrote: (collection: string) => void): DocOps {
  const counted = <A extends unknown[]>(fn: (c: string, ...rest: A) => void) => (c: string, ...rest: A) => {
    try {
      fn(c, ...rest);
    } finally {
      wrote(c);
    }
  };
  return { ...ops, create: counted(ops.create), put: counted(ops.put), update: counted(ops.update), remove: counted(ops.remove) };
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
 * operation waits for a running transaction, so nothing uncommitted is ever seen. When another
 * process holds the database's write lock, an operation (or a transaction's BEGIN) is retried
 * with async backoff, the lock released meanwhile so reads go on; past the budget it throws
 * AppError BUSY and nothing is written.
 *
 * @example
 * const store = openSqliteStore({ file: ':memory:' });
 * await store.create('staff', { _id: 's1', openid: 'o1', active: true });
 * await store.transaction(async (tx) => tx.update('staff', 's1', { active: false }));
 * await store.close();
 */
export function openSqliteStore(options: SqliteOptions): SqliteStore {
  const db = openDatabase(options.file, ensureSchema);
  const writes = new Map<string, number>();
  const ops = countingWrites(docOps(db), (c) => writes.set(c, (writes.get(c) ?? 0) + 1));
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  const busyPolicy = options.busy ?? DEFAULT_BUSY_POLICY;
  const lock = createMutex();
  const inTx = new AsyncLocalStorage<boolean>();
  let closed = false;

  const run = <R>(name: string, fn: () => R | Promise<R>): Promise<R> => {
    if (inTx.getStore()) {
      return Promise.reject(new Error(`store.${name} called inside a transaction: use the tx argument`));
    }
    if (closed) return Promise.reject(new Error('store is closed'));
    return lock.run(fn).catch((err: unknown) =>
      isSqliteBusy(err) ? retryWhileBusy(() => (closed ? Promise.reject(new Error('store is closed')) : lock.run(fn)), busyPolicy) : Promise.reject(err),
    );
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
        writes.set(c, (writes.get(c) ?? 0) + 1);
      }),
    changeMark: (c) => `${closed ? 'closed' : dataVersion.get()}:${writes.get(c) ?? 0}`,
    transaction: <R>(fn: (tx: Tx) => Promise<R>) =>
      run('transaction', async () => {
        let open = true;
        db.exec('BEGIN IMMEDIATE'); // busy here: the callback never ran, so `run` may try again
        try {
          const result = await inTx.run(true, () => fn(txView(ops, () => open)));
          db.exec('COMMIT');
          return result;
        } catch (err) {
          if (db.inTransaction) db.exec('ROLLBACK');
          // busy once the callback ran: rolled back, and not re-run here (its caller decides)
          throw isSqliteBusy(err) ? new AppError('BUSY', BUSY_MESSAGE) : err;
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
