import type { Store } from '../ports/store';

interface Kept {
  mark: string;
  value: unknown;
}

/** What each store keeps, by space and key; a store that is closed and dropped takes its entries with it. */
const keptByStore = new WeakMap<Store, Map<string, Map<string, Kept>>>();

export interface MarkedOptions {
  /** Keys of one space are counted and cleared together (default 'default'). */
  space?: string;
  /** At most this many keys in the space; past it the space starts again (default 64: a few date ranges are ever asked for at once). */
  maxKeys?: number;
}

/**
 * Reads through `load` once per change of `collections`: while the store's
 * {@link Store.changeMark} of each stays the same, the value read before is answered again. The
 * mark is taken before reading, so a kept value is never older than its mark. A store without
 * change marks (CloudBase) always loads. Kept values are shared: callers must not change them.
 *
 * @example
 * const counters = await readMarked(store, ['appointmentSlots'], `counters:${from}:${to}`, () => loadCounters(from, to));
 */
export async function readMarked<T>(
  store: Store, collections: readonly string[], key: string, load: () => Promise<T>, options: MarkedOptions = {},
): Promise<T> {
  if (!store.changeMark) return load();
  const mark = collections.map((c) => store.changeMark!(c)).join('|');
  const space = options.space ?? 'default';
  let spaces = keptByStore.get(store);
  let kept = spaces?.get(space);
  const hit = kept?.get(key);
  if (hit && hit.mark === mark) return hit.value as T;
  const value = await load();
  if (!spaces) keptByStore.set(store, (spaces = new Map()));
  if (!kept) spaces.set(space, (kept = new Map()));
  if (kept.size >= (options.maxKeys ?? 64) && !kept.has(key)) kept.clear();
  kept.set(key, { mark, value });
  return value;
}
