import { AsyncLocalStorage } from 'node:async_hooks';
import { AppError } from '../../core/errors';
import type { Doc, FindOptions, Store, Tx } from '../../ports/store';
import { assertCollection, assertDoc, cleanPatch, pageOf } from '../sqlite/guard';
import { busy, isDuplicateKey, isTransactionConflict, sdkFailure } from './errors';
import { shape, whereOf } from './query';
import type { CloudbaseApp, SdkDb } from './sdk';
import { cloudbaseTx, setEach, withoutId, type Attempt } from './tx';

export type { CloudbaseApp } from './sdk';

export interface CloudbaseStoreOptions {
  /** Attempts of a transaction that keeps losing write conflicts (default 10). */
  maxAttempts?: number;
  /** Waits between attempts; tests may pass a faster one. */
  sleep?: (ms: number) => Promise<void>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Pause before rerunning a transaction that lost a conflict: randomized exponential backoff
 * measured in attempts (an attempt's own duration is the unit, so it scales from the local
 * double to the cloud), at most 1 s. A caller that keeps losing to a busy competitor waits
 * longer each time until the competitor's burst is over; jitter keeps colliders apart.
 */
const backoff = (attemptMs: number, n: number) => Math.min(1000, Math.max(2, attemptMs) * 2 ** (n - 1) * (0.5 + Math.random()));

/**
 * The Store port on CloudBase's document database through the real `@cloudbase/node-sdk`.
 * Transactions use `db.startTransaction()`: the callback runs, then commit; any throw rolls
 * back; a write conflict (another transaction wrote the same document first) reruns the
 * callback after a short random pause, up to `maxAttempts`, then answers CONFLICT.
 *
 * @example
 * import tcb from '@cloudbase/node-sdk';
 * const store = createCloudbaseStore(tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }));
 * const staff = await store.find('staff', { where: { openid, active: true }, limit: 1 });
 */
export function createCloudbaseStore(app: CloudbaseApp, options: CloudbaseStoreOptions = {}): Store {
  const db = app.database() as SdkDb;
  const _ = db.command;
  const maxAttempts = options.maxAttempts ?? 10;
  const sleep = options.sleep ?? wait;

  const inTx = new AsyncLocalStorage<boolean>();

  const call = async <R>(what: string, collection: string, fn: () => Promise<R>): Promise<R> => {
    // Same rule as the embedded store, where such a call would wait for its own transaction.
    if (inTx.getStore()) throw new Error(`store.${what} called inside a transaction: use the tx argument`);
    assertCollection(collection);
    try {
      return await fn();
    } catch (err) {
      throw sdkFailure(err, `${what} ${collection}`);
    }
  };
  const read = async <T extends Doc>(c: string, id: string): Promise<T | null> =>
    ((await db.collection(c).doc(id).get()).data as T[])[0] ?? null;

  async function attemptOnce<R>(fn: (tx: Tx) => Promise<R>, attempt: Attempt): Promise<R> {
    const t = await db.startTransaction().catch((err: unknown) => {
      throw sdkFailure(err, 'startTransaction');
    });
    try {
      const result = await inTx.run(true, () => fn(cloudbaseTx(t, _, attempt)));
      attempt.open = false;
      await t.commit();
      return result;
    } catch (err) {
      attempt.open = false;
      if (isTransactionConflict(err)) attempt.conflicted = true;
      await t.rollback().catch(() => undefined);
      throw err;
    }
  }

  return {
    get: <T extends Doc>(c: string, id: string) => call('get', c, () => read<T>(c, id)),
    create: (c, doc) =>
      call('create', c, async () => {
        assertDoc(doc);
        try {
          await db.collection(c).add({ ...doc });
        } catch (err) {
          if (isDuplicateKey(err)) throw new AppError('CONFLICT', '该记录已存在，请勿重复提交');
          throw err;
        }
      }),
    put: (c, doc) =>
      call('put', c, async () => {
        assertDoc(doc);
        await db.collection(c).doc(doc._id).set(withoutId(doc));
      }),
    update: (c, id, patch) =>
      call('update', c, async () => {
        const clean = cleanPatch(patch);
        const res = Object.keys(clean).length > 0 ? await db.collection(c).doc(id).update(setEach(_, clean)) : { updated: 0 };
        // `updated` counts changed documents: 0 also when the values were already equal.
        if (!res.updated && !(await read(c, id))) throw new AppError('NOT_FOUND', '要修改的记录不存在，可能已被删除');
      }),
    remove: (c, id) =>
      call('remove', c, async () => {
        await db.collection(c).doc(id).remove();
      }),
    find: <T extends Doc>(c: string, opts: FindOptions = {}) =>
      call('find', c, async () => {
        const { limit, offset } = pageOf(opts);
        if (limit === 0) return [] as T[];
        return (await shape(db.collection(c), _, opts, limit, offset).get()).data as T[];
      }),
    count: (c, filter) =>
      call('count', c, async () => {
        const where = whereOf(_, filter ?? {});
        const q = Object.keys(where).length > 0 ? db.collection(c).where(where) : db.collection(c);
        return (await q.count()).total;
      }),
    async transaction<R>(fn: (tx: Tx) => Promise<R>): Promise<R> {
      if (inTx.getStore()) throw new Error('store.transaction called inside a transaction: use the tx argument');
      for (let n = 1; ; n += 1) {
        const attempt: Attempt = { open: true, conflicted: false };
        const started = Date.now();
        try {
          return await attemptOnce(fn, attempt);
        } catch (err) {
          if (!attempt.conflicted) throw err;
          if (n >= maxAttempts) throw busy();
          await sleep(backoff(Date.now() - started, n));
        }
      }
    },
    close: async () => undefined,
  };
}
