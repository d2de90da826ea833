/**
 * The Store port: a small document store that both the embedded SQLite adapter and the
 * CloudBase adapter implement, and that one contract test suite checks on both.
 *
 * Shaped by CloudBase's limits so that code written against it stays correct in the cloud:
 * - documents are plain JSON objects with a string `_id`;
 * - queries are equality/range filters on (dot-path) fields, sorted, with a limit of at most
 *   {@link MAX_PAGE} (CloudBase's `get` returns at most 1000 documents);
 * - transactions read and write single documents by id only (no queries inside), commit or
 *   throw; a conflicting concurrent transaction makes one of them fail with CONFLICT or retry.
 *
 * Instants are stored as epoch milliseconds (numbers), Beijing days as 'YYYY-MM-DD' strings.
 */
export type Scalar = string | number | boolean | null;

export interface Doc {
  _id: string;
  [field: string]: unknown;
}

export type Condition =
  | Scalar
  | {
      $eq?: Scalar;
      $ne?: Scalar;
      $lt?: Scalar;
      $lte?: Scalar;
      $gt?: Scalar;
      $gte?: Scalar;
      $in?: Scalar[];
    };

/** Field path (dot notation allowed) → condition. All conditions must hold. */
export type Filter = Record<string, Condition>;

export interface FindOptions {
  where?: Filter;
  orderBy?: Array<[field: string, direction: 'asc' | 'desc']>;
  /** Defaults to 100, at most {@link MAX_PAGE}. */
  limit?: number;
  offset?: number;
}

export const MAX_PAGE = 1000;

/** Operations allowed inside a transaction: single documents addressed by id. */
export interface Tx {
  get<T extends Doc = Doc>(collection: string, id: string): Promise<T | null>;
  /** Inserts; fails with AppError CONFLICT when the id exists (this is how dedupe keys work). */
  create(collection: string, doc: Doc): Promise<void>;
  /** Inserts or replaces the whole document. */
  put(collection: string, doc: Doc): Promise<void>;
  /** Shallow-merges top-level fields into an existing document; NOT_FOUND when absent. */
  update(collection: string, id: string, patch: Record<string, unknown>): Promise<void>;
  remove(collection: string, id: string): Promise<void>;
}

export interface Store extends Tx {
  find<T extends Doc = Doc>(collection: string, options?: FindOptions): Promise<T[]>;
  count(collection: string, where?: Filter): Promise<number>;
  /**
   * Runs `fn` atomically. On the embedded store transactions are serialized; on CloudBase a
   * conflict is retried a few times and then surfaces as AppError CONFLICT. `fn` may run more
   * than once, so it must not have side effects outside `tx`.
   */
  transaction<R>(fn: (tx: Tx) => Promise<R>): Promise<R>;
  close(): Promise<void>;
  /**
   * Optional: a token that changes whenever `collection` may have changed since it was taken
   * (a write through this store, or a commit by any other connection to the same database). An
   * unchanged token means a read made after it was taken still holds, so a hot read may be kept
   * (src/server/core/marked-cache.ts). Stores that cannot tell cheaply (CloudBase) leave it out,
   * and nothing is kept there.
   */
  changeMark?(collection: string): string;
}
