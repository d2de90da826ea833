import { AppError } from '../../core/errors';
import type { Doc, Tx } from '../../ports/store';
import { assertCollection, assertDoc, cleanPatch } from '../sqlite/guard';
import { isDuplicateKey, isTransactionConflict, sdkFailure, TransactionConflict } from './errors';
import type { SdkCommand, SdkTransaction } from './sdk';

/** Whether an attempt is still running, and whether it lost a write conflict (then it is retried). */
export interface Attempt {
  open: boolean;
  conflicted: boolean;
}

/**
 * Top-level replacement for an update: `_.set(value)` per field. A plain nested object would be
 * flattened by the SDK into `a.b` paths and merged deeply, unlike the embedded store.
 *
 * @example
 * setEach(db.command, { meta: { a: 1 } }); // { meta: _.set({ a: 1 }) }
 */
export function setEach(_: SdkCommand, patch: Record<string, unknown>): Record<string, object> {
  const out: Record<string, object> = {};
  for (const [k, v] of Object.entries(patch)) out[k] = _.set(v);
  return out;
}

/** `doc` without `_id` (the SDK refuses `_id` in set/update data). @example withoutId({ _id: 'a', n: 1 }) // { n: 1 } */
export function withoutId(doc: Doc): Record<string, unknown> {
  const { _id, ...rest } = doc;
  return rest;
}

/**
 * The Tx port over one CloudBase transaction. `create` reads first, so an existing id is a
 * plain CONFLICT the callback may catch (dedupe keys) and never an insert error, which would
 * abort the whole server-side transaction. Write conflicts mark the attempt for a retry.
 *
 * @example
 * const tx = cloudbaseTx(await db.startTransaction(), db.command, { open: true, conflicted: false });
 */
export function cloudbaseTx(t: SdkTransaction, _: SdkCommand, attempt: Attempt): Tx {
  const step = async <R>(what: string, collection: string, fn: () => Promise<R>): Promise<R> => {
    if (!attempt.open) throw new Error('transaction already finished: use tx only inside its callback');
    assertCollection(collection);
    try {
      return await fn();
    } catch (err) {
      if (isTransactionConflict(err) || isDuplicateKey(err)) {
        attempt.conflicted = true;
        throw new TransactionConflict();
      }
      throw sdkFailure(err, `${what} ${collection}`);
    }
  };
  // Whether each document touched in this attempt exists, so update needs no second read.
  const exists = new Map<string, boolean>();
  const key = (c: string, id: string) => `${c}/${id}`;
  const read = async <T extends Doc>(c: string, id: string) => {
    const doc = ((await t.collection(c).doc(id).get()).data ?? null) as T | null;
    exists.set(key(c, id), doc !== null);
    return doc;
  };
  const present = async (c: string, id: string) => exists.get(key(c, id)) ?? (await read(c, id)) !== null;
  return {
    get: <T extends Doc>(c: string, id: string) => step('get', c, () => read<T>(c, id)),
    create: (c, doc) =>
      step('create', c, async () => {
        assertDoc(doc);
        if (await present(c, doc._id)) throw new AppError('CONFLICT', '该记录已存在，请勿重复提交');
        await t.collection(c).add({ ...doc });
        exists.set(key(c, doc._id), true);
      }),
    put: (c, doc) =>
      step('put', c, async () => {
        assertDoc(doc);
        await t.collection(c).doc(doc._id).set(withoutId(doc));
        exists.set(key(c, doc._id), true);
      }),
    update: (c, id, patch) =>
      step('update', c, async () => {
        if (!(await present(c, id))) throw new AppError('NOT_FOUND', '要修改的记录不存在，可能已被删除');
        const clean = cleanPatch(patch);
        if (Object.keys(clean).length > 0) await t.collection(c).doc(id).update(setEach(_, clean));
      }),
    remove: (c, id) =>
      step('remove', c, async () => {
        await t.collection(c).doc(id).remove();
        exists.set(key(c, id), false);
      }),
  };
}
