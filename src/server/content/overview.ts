import type { ContentItem } from '../../shared/content';
import type { PublishedCalendar } from '../../shared/calendar';
import type { Store } from '../ports/store';
import { listItems } from './items';
import { currentCalendar } from './calendar-overrides';
import { publicationRevision } from './revision';
import { keepJson } from '../core/json-cache';

export interface PublishedOverview {
  items: ContentItem[];
  calendar: Required<PublishedCalendar>;
}

const cache = new WeakMap<Store, { revision: number; value: PublishedOverview }>();

/**
 * Everything the station publishes, as residents' home page reads it. Read once per publication
 * revision and kept in this process: each call costs one read by id, and a change made by any
 * process (another CloudBase instance included) bumps the revision and is seen at once.
 *
 * @example
 * const { items, calendar } = await publishedOverview(store);
 */
export async function publishedOverview(store: Store): Promise<PublishedOverview> {
  const revision = await publicationRevision(store);
  const hit = cache.get(store);
  if (hit && hit.revision === revision) return hit.value;
  const [items, calendar] = await Promise.all([listItems(store), currentCalendar(store)]);
  const value = { items: keepJson(items), calendar: keepJson(calendar) };
  cache.set(store, { revision, value });
  return value;
}
