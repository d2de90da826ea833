import type Database from 'better-sqlite3';

/**
 * Prepared statements keyed by their SQL text. Queries differ only by their shape (fields,
 * operators, length of an `$in` list), so a small cache covers them all; it is emptied if it
 * ever grows past `max` shapes.
 *
 * @example
 * const prepare = statementCache(db);
 * prepare('SELECT doc FROM "c_staff" WHERE id = ?').get('s1');
 */
export function statementCache(db: Database.Database, max = 500): (sql: string) => Database.Statement {
  const cache = new Map<string, Database.Statement>();
  return (sql) => {
    let stmt = cache.get(sql);
    if (!stmt) {
      if (cache.size >= max) cache.clear();
      stmt = db.prepare(sql);
      cache.set(sql, stmt);
    }
    return stmt;
  };
}
