/**
 * JSON text kept for values that never change once built (the published overview for one
 * revision): the gateway splices the stored text instead of serializing the same 15 KB on every
 * call. Only register values nobody mutates afterwards; they are frozen to make sure.
 */
const texts = new WeakMap<object, string>();

/**
 * Freezes `value` (one level) and remembers its JSON text.
 *
 * @example
 * const items = keepJson(await listItems(store));
 */
export function keepJson<T extends object>(value: T): T {
  texts.set(Object.freeze(value), JSON.stringify(value));
  return value;
}

/**
 * `JSON.stringify(value)`, except that the values of a plain object's own fields (and of its
 * `data` field, one level down) that were kept with {@link keepJson} are spliced in as stored.
 *
 * @example
 * toJsonText({ ok: true, data: { items: keepJson([1]), serverNow: 5 } }) // '{"ok":true,"data":{"items":[1],"serverNow":5}}'
 */
export function toJsonText(value: unknown, depth = 0): string {
  const kept = typeof value === 'object' && value !== null ? texts.get(value) : undefined;
  if (kept !== undefined) return kept;
  if (depth > 1 || !isPlainObject(value)) return JSON.stringify(value);
  const parts: string[] = [];
  for (const key of Object.keys(value)) {
    const field = value[key];
    if (field === undefined || typeof field === 'function' || typeof field === 'symbol') continue;
    parts.push(`${JSON.stringify(key)}:${toJsonText(field, depth + 1)}`);
  }
  return `{${parts.join(',')}}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}
