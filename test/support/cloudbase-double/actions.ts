/**
 * The database actions of CloudBase's HTTP API as `@cloudbase/node-sdk` 3.18 / `@cloudbase/database`
 * 1.4 send them (read from their source): parameters in a JSON body, queries and documents as
 * EJSON strings, results under `data`. Inside a transaction the SDK sends the ordinary document
 * actions with a `transactionId`.
 */
import { EJSON } from 'bson';
import { Query } from 'mingo';
import { update as applyUpdate } from 'mingo/updater';
import { DoubleError, type Engine, type Json } from './engine';

type Params = Record<string, unknown>;
type Handler = (engine: Engine, p: Params) => Record<string, unknown>;

const parse = (s: unknown): Json => (typeof s === 'string' && s !== '' ? (EJSON.parse(s, { relaxed: true }) as Json) : {});
const print = (doc: Json) => EJSON.stringify(doc, { relaxed: false });
const txOf = (p: Params) => (typeof p.transactionId === 'string' ? p.transactionId : undefined);
const invalid = (message: string) => new DoubleError('INVALID_PARAM', message);

function collectionOf(p: Params): string {
  if (typeof p.collectionName !== 'string' || p.collectionName === '') throw invalid('collectionName is required');
  return p.collectionName;
}

/** The `_id` of a queryType DOC request (the SDK sends `{"_id": id}`). */
function docId(p: Params): string {
  const id = parse(p.query)._id;
  if (p.queryType !== 'DOC' || (typeof id !== 'string' && typeof id !== 'number')) throw invalid('a DOC request needs query {_id}');
  return String(id);
}

/** Transactions on CloudBase address single documents only; a where query inside one fails it. */
function noQueryInTransaction(engine: Engine, p: Params): void {
  if (txOf(p)) engine.fail(invalid('transactions support single-document operations only (no where queries)'), txOf(p));
}

function matching(engine: Engine, p: Params): Json[] {
  noQueryInTransaction(engine, p);
  return new Query(parse(p.query)).find(engine.all(collectionOf(p))).all() as Json[];
}

function newId(): string {
  return Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join('');
}

const getDocument: Handler = (engine, p) => {
  const c = collectionOf(p);
  if (p.queryType === 'DOC') {
    const doc = engine.read(c, docId(p), txOf(p));
    return { data: { list: doc ? [print(doc)] : [] } };
  }
  noQueryInTransaction(engine, p);
  const limit = Math.min(1000, typeof p.limit === 'number' && p.limit > 0 ? p.limit : 100);
  const offset = typeof p.offset === 'number' ? p.offset : 0;
  let cursor = new Query(parse(p.query)).find(engine.all(c), p.projection ? parse(p.projection) : undefined);
  if (p.order) cursor = cursor.sort(parse(p.order) as Record<string, 1 | -1>);
  const list = (cursor.skip(offset).limit(limit).all() as Json[]).map(print);
  return { data: { list, limit, offset } };
};

const calculateDocument: Handler = (engine, p) => ({ data: { total: matching(engine, p).length } });

const insertDocument: Handler = (engine, p) => {
  const c = collectionOf(p);
  const tx = txOf(p);
  if (!Array.isArray(p.data)) throw invalid('data must be an array of EJSON strings');
  const insertedIds = p.data.map((raw) => {
    const doc = parse(raw);
    const id = doc._id === undefined ? newId() : String(doc._id);
    if (engine.read(c, id, tx)) {
      engine.fail(new DoubleError('DATABASE_REQUEST_FAILED', `[FailedOperation] E11000 duplicate key error collection: ${c} index: _id_ dup key: { _id: "${id}" }`), tx);
    }
    engine.write(c, id, { ...doc, _id: id }, tx);
    return id;
  });
  return { data: { insertedIds } };
};

function changed(before: Json | null, after: Json): boolean {
  return !before || EJSON.stringify(before) !== EJSON.stringify(after);
}

const modifyDocument: Handler = (engine, p) => {
  const c = collectionOf(p);
  const tx = txOf(p);
  const data = parse(p.data);
  const hasOperators = Object.keys(data).some((k) => k.startsWith('$'));
  const modify = (current: Json): Json => {
    if (!p.merge || !hasOperators) return p.merge ? { ...current, ...data, _id: current._id } : { ...data, _id: current._id };
    const next = structuredClone(current);
    applyUpdate(next, data as never);
    return next;
  };
  if (p.queryType !== 'DOC') {
    const targets = matching(engine, p).slice(0, p.multi ? undefined : 1);
    let updated = 0;
    for (const doc of targets) {
      const next = modify(doc);
      if (changed(doc, next)) (updated += 1), engine.write(c, String(doc._id), next);
    }
    return { data: { updated } };
  }
  const id = docId(p);
  const current = engine.read(c, id, tx);
  if (!current) {
    if (!p.upsert) return { data: { updated: 0 } };
    engine.write(c, id, modify({ _id: id }), tx);
    return { data: { updated: 0, upsert_id: id } };
  }
  const next = modify(current);
  if (!changed(current, next)) return { data: { updated: 0 } };
  engine.write(c, id, next, tx);
  return { data: { updated: 1 } };
};

const removeDocument: Handler = (engine, p) => {
  const c = collectionOf(p);
  if (p.queryType !== 'DOC') {
    const targets = matching(engine, p).slice(0, p.multi ? undefined : 1);
    for (const doc of targets) engine.write(c, String(doc._id), null);
    return { data: { deleted: targets.length } };
  }
  const id = docId(p);
  const tx = txOf(p);
  if (!engine.read(c, id, tx)) return { data: { deleted: 0 } };
  engine.write(c, id, null, tx);
  return { data: { deleted: 1 } };
};

function transactionId(p: Params): string {
  if (typeof p.transactionId !== 'string') throw invalid('transactionId is required');
  return p.transactionId;
}

/** Action name → handler. Anything else is answered with an INVALID_ACTION error. */
export const actions: Record<string, Handler> = {
  'database.getDocument': getDocument,
  'database.calculateDocument': calculateDocument,
  'database.insertDocument': insertDocument,
  'database.modifyDocument': modifyDocument,
  'database.removeDocument': removeDocument,
  'database.startTransaction': (engine) => ({ transactionId: engine.begin() }),
  'database.commitTransaction': (engine, p) => (engine.commit(transactionId(p)), {}),
  'database.abortTransaction': (engine, p) => (engine.rollback(transactionId(p)), {}),
};
