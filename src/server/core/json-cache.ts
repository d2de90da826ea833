/**
 * JSON bytes kept for values that never change once built (the published overview for one
 * revision): the gateway splices the stored bytes instead of serializing and encoding the same
 * 15 KB on every call. Only register values nobody mutates afterwards; they are frozen to make
 * sure.
 */
const kept = new WeakMap<object, Buffer>();

/**
 * Freezes `value` (one level) and remembers its JSON as UTF-8 bytes.
 *
 * @example
 * const items = keepJson(await listItems(store));
 */
export function keepJson<T extends object>(value: T): T {
  kept.set(Object.freeze(value), Buffer.from(JSON.stringify(value), 'utf8'));
  return value;
}

/**
 * `JSON.stringify(value)` as UTF-8 bytes, except that the values of a plain object's own fields
 * (and of its `data` field, one level down) that were kept with {@link keepJson} are spliced in
 * as stored.
 *
 * @example
 * toJsonBytes({ ok: true, data: { items: keepJson([1]), serverNow: 5 } }).toString()
 * // '{"ok":true,"data":{"items":[1],"serverNow":5}}'
 */
export function toJsonBytes(value: unknown): Buffer {
  const parts: (string | Buffer)[] = [];
  collect(value, 0, parts);
  if (parts.length === 1) return typeof parts[0] === 'string' ? Buffer.from(parts[0], 'utf8') : parts[0];
  return Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));
}

function collect(value: unknown, depth: number, parts: (string | Buffer)[]): void {
  const bytes = typeof value === 'object' && value !== null ? kept.get(value) : undefined;
  if (bytes) return void parts.push(bytes);
  if (depth > 1 || !isPlainObject(value)) return void parts.push(JSON.stringify(value));
  let first = true;
  parts.push('{');
  for (const key of Object.keys(value)) {
    const field = value[key];
    if (field === undefined || typeof field === 'function' || typeof field === 'symbol') continue;
    parts.push(`${first ? '' : ','}${JSON.stringify(key)}:`);
    collect(field, depth + 1, parts);
    first = false;
  }
  parts.push('}');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}
