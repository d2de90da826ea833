import { collections } from '../collections';
import { MAX_PAGE, type Doc, type FindOptions } from '../../ports/store';

const FIELD = /^[A-Za-z_][A-Za-z0-9_.]*$/;

/**
 * Checks that a collection is declared in `collections.ts`; a typo must fail loudly, not create
 * a stray table. A programmer error, so a plain Error (shown to people as a generic message).
 *
 * @example
 * assertCollection('staff'); // ok
 * assertCollection('staf');  // throws
 */
export function assertCollection(name: string): void {
  if (!Object.prototype.hasOwnProperty.call(collections, name)) {
    throw new Error(`unknown collection "${name}": declare it in src/server/store/collections.ts`);
  }
}

/**
 * Checks a field path before it is written into SQL text (values are always bound, paths cannot be).
 *
 * @example
 * assertField('clock.dueAt'); // ok
 * assertField("x') OR 1=1 --"); // throws
 */
export function assertField(path: string): void {
  if (!FIELD.test(path) || path.endsWith('.') || path.includes('..')) {
    throw new Error(`invalid field path "${path}"`);
  }
}

/** Checks a document has a usable string `_id`. @example assertDoc({ _id: 'a' }) */
export function assertDoc(doc: Doc): void {
  if (!doc || typeof doc !== 'object' || typeof doc._id !== 'string' || doc._id === '') {
    throw new Error('a document needs a non-empty string _id');
  }
}

/**
 * Limit and offset as the port defines them: limit defaults to 100 and is clamped to
 * {@link MAX_PAGE}; negative values become 0.
 *
 * @example
 * pageOf({ limit: 5000 }); // { limit: 1000, offset: 0 }
 */
export function pageOf(options: FindOptions = {}): { limit: number; offset: number } {
  const limit = options.limit === undefined ? 100 : Math.min(MAX_PAGE, Math.max(0, Math.floor(options.limit)));
  const offset = Math.max(0, Math.floor(options.offset ?? 0));
  return { limit: Number.isFinite(limit) ? limit : 100, offset: Number.isFinite(offset) ? offset : 0 };
}

/**
 * A patch without `_id` and without undefined values (JSON has no undefined; both stores agree
 * that an undefined value leaves the field as it is).
 *
 * @example
 * cleanPatch({ _id: 'x', a: 1, b: undefined }); // { a: 1 }
 */
export function cleanPatch(patch: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(patch)) if (k !== '_id' && v !== undefined) out[k] = v;
  return out;
}
