import type { Condition, Filter, FindOptions, Scalar } from '../../ports/store';
import { assertField } from './guard';

/** A WHERE clause (or '') and its bound parameters, in order. */
export interface SqlWhere {
  sql: string;
  params: unknown[];
}

/**
 * The SQL expression for a field: `_id` is the primary-key column, anything else is read from
 * the JSON document. The text must match the expression indexes exactly so SQLite uses them.
 *
 * @example
 * fieldExpr('clock.dueAt'); // "json_extract(doc, '$.clock.dueAt')"
 */
export function fieldExpr(path: string): string {
  assertField(path);
  return path === '_id' ? 'id' : `json_extract(doc, '$.${path}')`;
}

/** SQLite has no booleans: JSON true/false come out of json_extract as 1/0, so bind them so. */
function bindable(v: Scalar): unknown {
  return typeof v === 'boolean' ? (v ? 1 : 0) : v;
}

function isOperatorObject(c: Condition): c is Exclude<Condition, Scalar> {
  return c !== null && typeof c === 'object';
}

/**
 * One range bound. SQLite orders every number before every string, while the document store
 * compares numbers with numbers and strings with strings; the extra bound keeps a `$gt: 5`
 * from matching strings (and `$lt: 'b'` from matching numbers) without defeating the index.
 */
function range(e: string, op: '<' | '<=' | '>' | '>=', v: Scalar, out: unknown[]): string {
  if (v === null) return op === '<=' || op === '>=' ? `${e} IS NULL` : '0';
  out.push(bindable(v));
  if (typeof v === 'string' && (op === '<' || op === '<=')) return `(${e} ${op} ? AND ${e} >= '')`;
  if (typeof v !== 'string' && (op === '>' || op === '>=')) return `(${e} ${op} ? AND ${e} < '')`;
  return `${e} ${op} ?`;
}

function equals(e: string, v: Scalar, out: unknown[]): string {
  if (v === null) return `${e} IS NULL`;
  out.push(bindable(v));
  return `${e} = ?`;
}

function notEquals(e: string, v: Scalar, out: unknown[]): string {
  if (v === null) return `${e} IS NOT NULL`;
  out.push(bindable(v));
  return `${e} IS NOT ?`;
}

function inList(e: string, values: Scalar[], out: unknown[]): string {
  if (!Array.isArray(values)) throw new Error('$in needs an array');
  const present = values.filter((v) => v !== null);
  const parts: string[] = [];
  if (present.length > 0) {
    parts.push(`${e} IN (${present.map(() => '?').join(', ')})`);
    out.push(...present.map(bindable));
  }
  if (present.length < values.length) parts.push(`${e} IS NULL`);
  return parts.length === 0 ? '0' : parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})`;
}

function conditionSql(field: string, c: Condition, out: unknown[]): string[] {
  const e = fieldExpr(field);
  if (!isOperatorObject(c)) return [equals(e, c, out)];
  const parts: string[] = [];
  for (const [op, v] of Object.entries(c)) {
    if (v === undefined) continue;
    if (op === '$eq') parts.push(equals(e, v as Scalar, out));
    else if (op === '$ne') parts.push(notEquals(e, v as Scalar, out));
    else if (op === '$lt') parts.push(range(e, '<', v as Scalar, out));
    else if (op === '$lte') parts.push(range(e, '<=', v as Scalar, out));
    else if (op === '$gt') parts.push(range(e, '>', v as Scalar, out));
    else if (op === '$gte') parts.push(range(e, '>=', v as Scalar, out));
    else if (op === '$in') parts.push(inList(e, v as Scalar[], out));
    else throw new Error(`unsupported operator ${op} on ${field}`);
  }
  return parts;
}

/**
 * Translates a {@link Filter} into a WHERE clause with bound parameters. Field paths are
 * validated and written as JSON paths; values are never concatenated into SQL.
 *
 * @example
 * whereSql({ kind: 'guide', order: { $gte: 2 } });
 * // { sql: "WHERE json_extract(doc, '$.kind') = ? AND (json_extract(doc, '$.order') >= ? AND …)",
 * //   params: ['guide', 2] }
 */
export function whereSql(filter: Filter | undefined): SqlWhere {
  const params: unknown[] = [];
  const parts: string[] = [];
  for (const [field, c] of Object.entries(filter ?? {})) {
    if (c === undefined) continue;
    parts.push(...conditionSql(field, c, params));
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/**
 * Translates `orderBy` into an ORDER BY clause (or '').
 *
 * @example
 * orderSql([['order', 'asc'], ['_id', 'desc']]);
 * // "ORDER BY json_extract(doc, '$.order') ASC, id DESC"
 */
export function orderSql(orderBy: FindOptions['orderBy']): string {
  if (!orderBy || orderBy.length === 0) return '';
  const terms = orderBy.map(([field, dir]) => {
    if (dir !== 'asc' && dir !== 'desc') throw new Error(`invalid sort direction "${String(dir)}"`);
    return `${fieldExpr(field)} ${dir.toUpperCase()}`;
  });
  return `ORDER BY ${terms.join(', ')}`;
}
