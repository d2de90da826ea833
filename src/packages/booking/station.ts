import { readCachedOverview } from '../../api/overview';
import { findItem } from '../../ui/content';
import { FALLBACK_STATION } from '../../ui/fallback';

/**
 * Where the station is, from the overview the home page saved (no extra call), or the rules' own
 * address when nothing was saved.
 * @example stationAddress() // '江西省南昌市新建区西山镇人民政府（西山司法所）'
 */
export function stationAddress(): string {
  const items = readCachedOverview()?.overview.items ?? [];
  return findItem(items, 'station', 'station')?.data.address ?? FALLBACK_STATION.address;
}
