import type Database from 'better-sqlite3';
import { collections, type CollectionSpec } from '../collections';
import { fieldExpr } from './sql-filter';

/** Quoted table name of a collection (names are checked against `collections` first). @example tableOf('staff') // '"c_staff"' */
export function tableOf(collection: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(collection)) throw new Error(`invalid collection name "${collection}"`);
  return `"c_${collection}"`;
}

/**
 * Creates one table per declared collection (`id` primary key, `doc` JSON text) and one
 * expression index per declared index, so that `find` on those fields is an index SEARCH.
 * Idempotent: runs at every open.
 *
 * @example
 * ensureSchema(db); // CREATE TABLE IF NOT EXISTS "c_staff" …; CREATE INDEX IF NOT EXISTS …
 */
export function ensureSchema(db: Database.Database): void {
  const specs: Record<string, CollectionSpec> = collections;
  db.transaction(() => {
    for (const [name, spec] of Object.entries(specs)) {
      const table = tableOf(name);
      db.exec(`CREATE TABLE IF NOT EXISTS ${table} (id TEXT PRIMARY KEY, doc TEXT NOT NULL)`);
      for (const fields of spec.indexes) {
        if (fields.length === 1 && fields[0] === '_id') continue; // the primary key already is one
        const exprs = fields.map(fieldExpr);
        const indexName = `"i_${name}_${fields.join('_').replace(/\./g, '$')}"`;
        db.exec(`CREATE INDEX IF NOT EXISTS ${indexName} ON ${table} (${exprs.join(', ')})`);
      }
    }
  })();
}
