import type { ContentDataByKind, ContentItem, ContentKind } from '../shared/content';

/**
 * The published items of one kind, in their display order.
 * @example itemsOfKind(items, 'badge').map((b) => b.data.name)
 */
export function itemsOfKind<K extends ContentKind>(items: ContentItem[], kind: K): ContentItem<K>[] {
  return items
    .filter((item): item is ContentItem<K> => item.kind === kind)
    .sort((a, b) => a.order - b.order);
}

/**
 * The item with a key, typed by its kind, or undefined.
 * @example findItem(items, 'station', 'station')?.data.address
 */
export function findItem<K extends ContentKind>(items: ContentItem[], key: string, kind: K): ContentItem<K> | undefined {
  const item = items.find((it) => it.key === key);
  return item && item.kind === kind ? (item as ContentItem<K>) : undefined;
}

/** Data of one kind, for forms that work on a single kind. */
export type DataOf<K extends ContentKind> = ContentDataByKind[K];
