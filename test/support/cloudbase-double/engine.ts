/**
 * The in-memory database behind the CloudBase double: documents per collection with a version
 * history (multi-version concurrency, like the MongoDB under CloudBase), and transactions with
 * snapshot reads and first-writer-wins write conflicts:
 * - a transaction reads the committed state as of its start, plus its own writes;
 * - writing a document that another live transaction has written, or that was committed after
 *   this transaction started, aborts this transaction with a conflict;
 * - commit applies every write at once; any error inside a transaction aborts it.
 */
export type Json = Record<string, unknown>;

export class DoubleError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface Version {
  at: number;
  doc: Json | null;
}

interface Txn {
  id: string;
  snapshot: number;
  startedAt: number;
  writes: Map<string, { collection: string; id: string; doc: Json | null }>;
  state: 'active' | 'aborted';
}

const TX_LIFETIME_MS = 30_000;
const conflict = () =>
  new DoubleError('DATABASE_TRANSACTION_CONFLICT', '[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe too many concurrent transactions or write conflict');
const keyOf = (collection: string, id: string) => `${collection}\u0000${id}`;

/** Creates an empty engine; `collections` (when given) are the only ones that exist. @example createEngine(['content']) */
export function createEngine(collections?: string[]) {
  let clock = 0;
  let txSeq = 0;
  const tables = new Map<string, Map<string, Version[]>>();
  const txns = new Map<string, Txn>();
  const locks = new Map<string, string>();
  for (const c of collections ?? []) tables.set(c, new Map());

  function table(collection: string): Map<string, Version[]> {
    let t = tables.get(collection);
    if (!t && collections) throw new DoubleError('DATABASE_COLLECTION_NOT_EXIST', `Db or Table not exist: ${collection}`);
    if (!t) tables.set(collection, (t = new Map()));
    return t;
  }

  function committed(collection: string, id: string, at = Infinity): { doc: Json | null; at: number } {
    const versions = table(collection).get(id) ?? [];
    for (let i = versions.length - 1; i >= 0; i -= 1) if (versions[i].at <= at) return versions[i];
    return { doc: null, at: 0 };
  }

  function append(collection: string, id: string, doc: Json | null, at: number): void {
    const t = table(collection);
    const versions = t.get(id) ?? [];
    versions.push({ at, doc: doc && structuredClone(doc) });
    const oldest = Math.min(clock, ...[...txns.values()].filter((x) => x.state === 'active').map((x) => x.snapshot));
    while (versions.length > 1 && versions[1].at <= oldest) versions.shift();
    if (versions.length === 1 && versions[0].doc === null && versions[0].at <= oldest) t.delete(id);
    else t.set(id, versions);
  }

  function abort(tx: Txn): void {
    tx.state = 'aborted';
    for (const [key, holder] of locks) if (holder === tx.id) locks.delete(key);
  }

  function live(txId: string): Txn {
    const tx = txns.get(txId);
    if (!tx || tx.state !== 'active') {
      throw new DoubleError('DATABASE_TRANSACTION_FAIL', '[ResourceUnavailable.TransactionNotExist] Transaction does not exist on the server.');
    }
    if (Date.now() - tx.startedAt > TX_LIFETIME_MS) {
      abort(tx);
      throw new DoubleError('DATABASE_TRANSACTION_FAIL', '[ResourceUnavailable.TransactionExpired] Transaction has expired (30s).');
    }
    return tx;
  }

  /** Runs one step of a transaction; any error aborts it, as on the server. */
  function step<R>(txId: string, fn: (tx: Txn) => R): R {
    const tx = live(txId);
    try {
      return fn(tx);
    } catch (err) {
      abort(tx);
      throw err;
    }
  }

  return {
    /** Every live document of a collection (for queries outside transactions). */
    all(collection: string): Json[] {
      const out: Json[] = [];
      for (const versions of table(collection).values()) {
        const doc = versions[versions.length - 1].doc;
        if (doc) out.push(doc);
      }
      return out;
    },
    read(collection: string, id: string, txId?: string): Json | null {
      if (!txId) return committed(collection, id).doc;
      return step(txId, (tx) => {
        const own = tx.writes.get(keyOf(collection, id));
        return own ? own.doc : committed(collection, id, tx.snapshot).doc;
      });
    },
    /** Writes (doc) or deletes (null) one document, in a transaction or directly. */
    write(collection: string, id: string, doc: Json | null, txId?: string): void {
      if (!txId) {
        table(collection);
        clock += 1;
        append(collection, id, doc, clock);
        return;
      }
      step(txId, (tx) => {
        const key = keyOf(collection, id);
        const holder = locks.get(key);
        if ((holder && holder !== tx.id) || committed(collection, id).at > tx.snapshot) throw conflict();
        locks.set(key, tx.id);
        tx.writes.set(key, { collection, id, doc: doc && structuredClone(doc) });
      });
    },
    /** Raises an error inside a transaction (and aborts it), or outside. */
    fail(err: DoubleError, txId?: string): never {
      if (txId) step(txId, () => { throw err; });
      throw err;
    },
    begin(): string {
      txSeq += 1;
      const id = `tx-${txSeq}-${Math.random().toString(16).slice(2, 10)}`;
      txns.set(id, { id, snapshot: clock, startedAt: Date.now(), writes: new Map(), state: 'active' });
      return id;
    },
    commit(txId: string): void {
      const tx = live(txId);
      for (const w of tx.writes.values()) {
        if (committed(w.collection, w.id).at > tx.snapshot) {
          abort(tx);
          throw conflict();
        }
      }
      clock += 1;
      for (const w of tx.writes.values()) append(w.collection, w.id, w.doc, clock);
      abort(tx);
      txns.delete(txId);
    },
    rollback(txId: string): void {
      const tx = txns.get(txId);
      if (tx) abort(tx);
      txns.delete(txId);
    },
    activeTransactions: () => [...txns.values()].filter((t) => t.state === 'active').length,
  };
}

export type Engine = ReturnType<typeof createEngine>;
