import type Database from 'better-sqlite3';
import { AppError } from '../../core/errors';
import type { Doc, Filter, FindOptions } from '../../ports/store';
import { assertCollection, assertDoc, cleanPatch, pageOf } from './guard';
import { orderSql, whereSql } from './sql-filter';
import { tableOf } from './schema';
import { statementCache } from './statements';

/** The synchronous operations behind both the store and its transactions. */
export interface DocOps {
  get<T extends Doc>(collection: string, id: string): T | null;
  create(collection: string, doc: Doc): void;
  put(collection: string, doc: Doc): void;
  update(collection: string, id: string, patch: Record<string, unknown>): void;
  remove(collection: string, id: string): void;
  find<T extends Doc>(collection: string, options?: FindOptions): T[];
  count(collection: string, where?: Filter): number;
}

interface Row {
  id: string;
  doc: string;
}

function toDoc<T extends Doc>(row: Row): T {
  return { _id: row.id, ...JSON.parse(row.doc) } as T;
}

function body(doc: Doc): string {
  const { _id, ...rest } = doc;
  return JSON.stringify(rest);
}

function table(collection: string): string {
  assertCollection(collection);
  return tableOf(collection);
}

/**
 * Builds the document operations on one better-sqlite3 connection, with cached statements.
 * Documents are stored without `_id` (it is the `id` column) as JSON text.
 *
 * @example
 * const ops = docOps(db);
 * ops.create('staff', { _id: 's1', openid: 'o1', active: true });
 * ops.find('staff', { where: { active: true } });
 */
export function docOps(db: Database.Database): DocOps {
  const prepare = statementCache(db);
  const get = <T extends Doc>(collection: string, id: string): T | null => {
    const row = prepare(`SELECT id, doc FROM ${table(collection)} WHERE id = ?`).get(id) as Row | undefined;
    return row ? toDoc<T>(row) : null;
  };
  return {
    get,
    create(collection, doc) {
      assertDoc(doc);
      const info = prepare(`INSERT OR IGNORE INTO ${table(collection)} (id, doc) VALUES (?, ?)`).run(doc._id, body(doc));
      if (info.changes === 0) throw new AppError('CONFLICT', '该记录已存在，请勿重复提交');
    },
    put(collection, doc) {
      assertDoc(doc);
      prepare(`INSERT OR REPLACE INTO ${table(collection)} (id, doc) VALUES (?, ?)`).run(doc._id, body(doc));
    },
    update(collection, id, patch) {
      const current = get(collection, id);
      if (!current) throw new AppError('NOT_FOUND', '要修改的记录不存在，可能已被删除');
      const next = { ...current, ...cleanPatch(patch) };
      prepare(`UPDATE ${table(collection)} SET doc = ? WHERE id = ?`).run(body(next), id);
    },
    remove(collection, id) {
      prepare(`DELETE FROM ${table(collection)} WHERE id = ?`).run(id);
    },
    find<T extends Doc>(collection: string, options: FindOptions = {}): T[] {
      const t = table(collection);
      const { limit, offset } = pageOf(options);
      if (limit === 0) return [];
      const where = whereSql(options.where);
      const sql = `SELECT id, doc FROM ${t} ${where.sql} ${orderSql(options.orderBy)} LIMIT ? OFFSET ?`;
      return (prepare(sql).all(...where.params, limit, offset) as Row[]).map((r) => toDoc<T>(r));
    },
    count(collection, filter) {
      const t = table(collection);
      const where = whereSql(filter);
      const row = prepare(`SELECT COUNT(*) AS n FROM ${t} ${where.sql}`).get(...where.params) as { n: number };
      return row.n;
    },
  };
}
