import { AsyncLocalStorage } from 'node:async_hooks';
import Database from 'better-sqlite3';
import type { Doc, FindOptions, Store, Tx } from '../../ports/store';
import { docOps, type DocOps } from './doc-ops';
import { assertCollection, assertDoc } from './guard';
import { createMutex } from './mutex';
import { groupCommit } from './group-commit';
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
 * AppError BUSY and nothing is written. Transactions already queued behind each other share
 * one COMMIT (group commit, each in its own savepoint; see group-commit.ts), so durable commits
 * (`synchronous = FULL`) cost one disk flush per group, not per booking; any other operation
 * commits a waiting group before it runs.
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
  const dataVersionQuery = db.prepare('PRAGMA data_version').pluck();
  // Asked once per synchronous stretch: a caller taking the marks of several collections gets
  // them as of one instant, for one query instead of one each.
  let versionNow: unknown;
  const dataVersion = {
    get(): unknown {
      if (versionNow === undefined) {
        versionNow = dataVersionQuery.get();
        queueMicrotask(() => {
          versionNow = undefined;
        });
      }
      return versionNow;
    },
  };
  const busyPolicy = options.busy ?? DEFAULT_BUSY_POLICY;
  const lock = createMutex();
  const inTx = new AsyncLocalStorage<boolean>();
  const group = groupCommit(db);
  let queuedTx = 0;
  let closed = false;

  /** Runs `fn` under the lock, retrying a locked database; a transaction attempt says so with `tx`. */
  const locked = <R>(name: string, fn: () => R | Promise<R>, tx = false): Promise<R> => {
    if (inTx.getStore()) {
      return Promise.reject(new Error(`store.${name} called inside a transaction: use the tx argument`));
    }
    const attempt = (): Promise<R> => {
      if (closed) return Promise.reject(new Error('store is closed'));
      if (tx) queuedTx++;
      return lock.run(() => {
        if (tx) queuedTx--;
        return fn();
      });
    };
    return attempt().catch((err: unknown) => (isSqliteBusy(err) ? retryWhileBusy(attempt, busyPolicy) : Promise.reject(err)));
  };

  /**
   * Any other write first commits a waiting group, so it is never acknowledged inside one. Reads
   * (`read`) go on inside a waiting group: they see what its members wrote, which is answered to
   * nobody until the group's COMMIT — the only difference is a read during a commit that then
   * fails (a disk error), which is why writes do not do the same.
   */
  const run = <R>(name: string, fn: () => R | Promise<R>): Promise<R> =>
    locked(name, () => {
      group.flush();
      return fn();
    });
  const read = <R>(name: string, fn: () => R): Promise<R> => locked(name, fn);

  /**
   * One transaction as a member of the group: its own SAVEPOINT; answered once the group's
   * COMMIT returned (or at once when it failed and wrote nothing).
   */
  const transaction = async <R>(fn: (tx: Tx) => Promise<R>): Promise<R> => {
    const outcome = await locked('transaction', async () => {
      group.begin(); // busy here: nothing began and the callback never ran, so it is tried again
      let open = true;
      db.exec('SAVEPOINT tx');
      let result: R;
      try {
        result = await inTx.run(true, () => fn(txView(ops, () => open)));
        db.exec('RELEASE tx');
      } catch (err) {
        open = false;
        if (db.inTransaction) {
          db.exec('ROLLBACK TO tx');
          db.exec('RELEASE tx');
          group.endMember(queuedTx, false);
        } else {
          group.lost(err);
        }
        // busy once the callback ran: rolled back, and not re-run here (its caller decides)
        throw isSqliteBusy(err) ? new AppError('BUSY', BUSY_MESSAGE) : err;
      } finally {
        open = false;
      }
      return { result, durable: group.endMember(queuedTx, true) };
    }, true);
    if (outcome.durable) await outcome.durable;
    return outcome.result;
  };

  return {
    db,
    get: <T extends Doc>(c: string, id: string) => read('get', () => ops.get<T>(c, id)),
    create: (c, doc) => run('create', () => ops.create(c, doc)),
    put: (c, doc) => run('put', () => ops.put(c, doc)),
    update: (c, id, patch) => run('update', () => ops.update(c, id, patch)),
    remove: (c, id) => run('remove', () => ops.remove(c, id)),
    find: <T extends Doc>(c: string, opts?: FindOptions) => read('find', () => ops.find<T>(c, opts)),
    count: (c, where) => read('count', () => ops.count(c, where)),
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
    transaction,
    close: () =>
      run('close', () => {
        if (!closed) db.close();
        closed = true;
      }),
  };
}
