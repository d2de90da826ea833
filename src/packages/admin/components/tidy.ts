/**
 * The form data as it is sent: text trimmed, empty lines dropped from lists of texts.
 * @example tidy({ steps: ['申请', ' ', '受理 '] }) // { steps: ['申请', '受理'] }
 */
export function tidy<T>(value: T): T {
  if (typeof value === 'string') return value.trim() as T;
  if (Array.isArray(value)) {
    const items = value.map(tidy);
    return (items.every((x) => typeof x === 'string') ? items.filter((x) => x !== '') : items) as T;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, tidy(v)])) as T;
  }
  return value;
}
