import { AppError } from '../core/errors';
import type { Doc, Store, Tx } from '../ports/store';
import { MAX_PAGE } from '../ports/store';
import type { ContentItem } from '../../shared/content';
import { toItem, type ContentDoc } from './items';

/** An earlier version of an item, kept when it was replaced or removed. */
export type HistoryDoc = ContentItem & Doc & {
  itemKey: string;
  /** When this version stopped being the published one (epoch ms). */
  replacedAt: number;
};

/** One entry of an item's history as the admin sees it. */
export type VersionEntry = ContentItem & { current: boolean; replacedAt?: number };

/**
 * Copies the version being replaced into `contentHistory`, inside the caller's transaction.
 * The id is key + version, so the same version can never be archived twice.
 *
 * @example
 * await archiveVersion(tx, currentDoc, ctx.now)
 */
export async function archiveVersion(tx: Tx, doc: ContentDoc, replacedAt: number): Promise<void> {
  const item = toItem(doc);
  const history: HistoryDoc = { ...item, _id: `${item.key}@${item.version}`, itemKey: item.key, replacedAt };
  await tx.create('contentHistory', history);
}

/**
 * All versions of an item, newest first, the published one (if any) included and marked
 * `current`. NOT_FOUND when the item never existed.
 *
 * @example
 * const versions = await listVersions(store, 'guide:notary') // [{ version: 2, current: true }, { version: 1, ... }]
 */
export async function listVersions(store: Store, key: string): Promise<VersionEntry[]> {
  const [current, older] = await Promise.all([
    store.get<ContentDoc>('content', key),
    store.find<HistoryDoc>('contentHistory', { where: { itemKey: key }, orderBy: [['version', 'desc']], limit: MAX_PAGE }),
  ]);
  if (!current && older.length === 0) throw new AppError('NOT_FOUND', '没有找到这项内容', 'key');
  const past: VersionEntry[] = older.map(({ _id, itemKey, ...entry }) => ({ ...entry, current: false }));
  return current ? [{ ...toItem(current), current: true }, ...past] : past;
}
