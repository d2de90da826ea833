import type { Condition, Filter, FindOptions, Scalar } from '../../ports/store';
import { assertField } from '../sqlite/guard';
import type { SdkCommand, SdkCondition, SdkQuery } from './sdk';

const OPERATORS = { $eq: 'eq', $ne: 'neq', $lt: 'lt', $lte: 'lte', $gt: 'gt', $gte: 'gte', $in: 'in' } as const;

function conditionOf(_: SdkCommand, field: string, c: Condition): SdkCondition {
  if (c === null || typeof c !== 'object') return _.eq(c);
  const parts: SdkCondition[] = [];
  for (const [op, v] of Object.entries(c)) {
    if (v === undefined) continue;
    const name = OPERATORS[op as keyof typeof OPERATORS];
    if (!name) throw new Error(`unsupported operator ${op} on ${field}`);
    if (name === 'in') {
      if (!Array.isArray(v)) throw new Error('$in needs an array');
      parts.push(_.in(v));
    } else parts.push(_[name](v as Scalar));
  }
  if (parts.length === 0) throw new Error(`empty condition on ${field}`);
  return parts.length === 1 ? parts[0] : _.and(parts);
}

/**
 * Translates a {@link Filter} into a `where` object built with `db.command`, so the SDK
 * serializes it (EJSON) exactly as for hand-written queries.
 *
 * @example
 * whereOf(db.command, { kind: 'guide', order: { $gte: 2, $lt: 5 } });
 * // { kind: _.eq('guide'), order: _.and([_.gte(2), _.lt(5)]) }
 */
export function whereOf(_: SdkCommand, filter: Filter): Record<string, SdkCondition> {
  const out: Record<string, SdkCondition> = {};
  for (const [field, c] of Object.entries(filter)) {
    if (c === undefined) continue;
    assertField(field);
    out[field] = conditionOf(_, field, c);
  }
  return out;
}

/**
 * Applies where, orderBy, offset and limit to a collection query.
 *
 * @example
 * shape(db.collection('audit'), db.command, { where: { at: { $gte: t } }, orderBy: [['at', 'asc']] }, 100, 0);
 */
export function shape(q: SdkQuery, _: SdkCommand, options: FindOptions, limit: number, offset: number): SdkQuery {
  const where = whereOf(_, options.where ?? {});
  let query = Object.keys(where).length > 0 ? q.where(where) : q;
  for (const [field, dir] of options.orderBy ?? []) {
    assertField(field);
    if (dir !== 'asc' && dir !== 'desc') throw new Error(`invalid sort direction "${String(dir)}"`);
    query = query.orderBy(field, dir);
  }
  if (offset > 0) query = query.skip(offset);
  return query.limit(limit);
}
