import Taro from '@tarojs/taro';
import { callFunction, type CallOptions } from './call';
import type { ApiResult, Overview } from './types';

const CACHE_KEY = 'cache:overview:v1';

/** The last good overview kept on the phone, with when it was saved (epoch ms). */
export interface CachedOverview {
  overview: Overview;
  savedAt: number;
}

/**
 * The overview saved by the last successful load, or null. Shown at once on open, so hours and
 * phone numbers are there even without a network.
 * @example readCachedOverview()?.overview.items.length
 */
export function readCachedOverview(): CachedOverview | null {
  try {
    const saved = Taro.getStorageSync(CACHE_KEY) as CachedOverview | '' | undefined;
    if (saved && typeof saved === 'object' && Array.isArray(saved.overview?.items)) return saved;
  } catch {
    // unreadable cache: behave as if there were none
  }
  return null;
}

/** Saves a good overview for the next open. */
export function saveOverview(overview: Overview, savedAt: number): void {
  try {
    Taro.setStorageSync(CACHE_KEY, { overview, savedAt } satisfies CachedOverview);
  } catch {
    // storage full: the page still shows what it loaded
  }
}

/**
 * Loads `info.overview` and, when it succeeds, saves it as the new cache.
 * @example const res = await loadOverview(); if (!res.ok) showCached();
 */
export async function loadOverview(options?: CallOptions): Promise<ApiResult<Overview>> {
  const res = await callFunction<Overview>('info', { action: 'overview' }, options);
  if (res.ok) saveOverview(res.data, Date.now());
  return res;
}
