import type { Runtime } from '../core/define';
import { publishedOverview } from '../content/overview';
import type { ContentItem } from '../../shared/content';
import { renderFirstPaint } from './first-paint';

/**
 * The first-paint block for this instant from what the station publishes now (one read by id
 * per call while nothing changed: `publishedOverview` keeps the last revision); '' before
 * anything is published.
 * @example res.end(withFirstPaint(indexHtml, await firstPaintNow(runtime)))
 */
export async function firstPaintNow(runtime: Pick<Runtime, 'store' | 'clock'>): Promise<string> {
  const { items, calendar } = await publishedOverview(runtime.store);
  const station = items.find((i): i is ContentItem<'station'> => i.kind === 'station' && i.key === 'station')?.data;
  if (!station) return ''; // nothing published yet: the page as built
  return renderFirstPaint({ station, overrides: calendar.overrides }, runtime.clock.now());
}
