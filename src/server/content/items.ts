import { AppError } from '../core/errors';
import type { Doc, Store } from '../ports/store';
import { MAX_PAGE } from '../ports/store';
import type { ContentItem, ContentKind } from '../../shared/content';

/** A content item as stored: the published item, keyed by its `key`. */
export type ContentDoc = ContentItem & Doc;

/** Display order of the kinds in lists: station first, notices last. */
export const KIND_ORDER: readonly ContentKind[] = ['station', 'commitments', 'guide', 'badge', 'notice'];

/** Items that always exist: they can be edited but never removed. */
export const FIXED_KEYS = ['station', 'commitments', 'guide:consultation', 'guide:legal-aid', 'guide:notary'] as const;

/** The keys of the three 一次性告知 guides. */
export const GUIDE_KEYS = ['guide:consultation', 'guide:legal-aid', 'guide:notary'] as const;
export type GuideKey = (typeof GUIDE_KEYS)[number];

/** What a content key looks like: a fixed key, or 'badge:<id>' / 'notice:<id>'. */
export const CONTENT_KEY = /^(station|commitments|guide:(consultation|legal-aid|notary)|(badge|notice):[a-z0-9-]{1,40})$/;

/**
 * The kind a key belongs to.
 *
 * @example
 * kindOfKey('guide:notary') // 'guide'
 * kindOfKey('badge:sample-window') // 'badge'
 */
export function kindOfKey(key: string): ContentKind {
  return key.split(':')[0] as ContentKind;
}

/**
 * Strips the storage id, leaving the published item.
 *
 * @example
 * toItem({ _id: 'station', key: 'station', ... }) // { key: 'station', ... }
 */
export function toItem(doc: ContentDoc): ContentItem {
  const { _id, ...item } = doc;
  return item;
}

/**
 * Sorts items by kind (station, commitments, guides, badges, notices), then by `order`, then key.
 *
 * @example
 * sortItems([badge, station]) // [station, badge]
 */
export function sortItems<T extends Pick<ContentItem, 'kind' | 'order' | 'key'>>(items: T[]): T[] {
  return [...items].sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.order - b.order || a.key.localeCompare(b.key),
  );
}

/**
 * Every published item, sorted for display. The station publishes a few dozen items at most,
 * well inside one page of the store.
 *
 * @example
 * const items = await listItems(store) // [{ key: 'station', ... }, { key: 'commitments', ... }, ...]
 */
export async function listItems(store: Store): Promise<ContentItem[]> {
  const docs = await store.find<ContentDoc>('content', { limit: MAX_PAGE });
  return sortItems(docs.map(toItem));
}

/**
 * One published item, or NOT_FOUND with a message a resident understands.
 *
 * @example
 * await getItem(store, 'guide:notary') // { key: 'guide:notary', kind: 'guide', ... }
 */
export async function getItem(store: Store, key: string): Promise<ContentItem> {
  const doc = await store.get<ContentDoc>('content', key);
  if (!doc) throw new AppError('NOT_FOUND', '没有找到这项内容，可能已被删除', 'key');
  return toItem(doc);
}
