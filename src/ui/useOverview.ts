import { useCallback, useEffect, useState } from 'react';
import { loadOverview, readCachedOverview } from '../api/overview';
import type { Overview } from '../api/types';

/** What a residents' page knows about the published content. */
export interface OverviewState {
  overview: Overview | null;
  /** True while what is shown comes from the phone's cache, not a fresh load. */
  fromCache: boolean;
  loading: boolean;
  /** The Chinese message of the last failed load. */
  error?: string;
  /** Server clock minus phone clock, when the phone's clock is clearly wrong (> 2 min). */
  clockOffsetMs: number;
  reload: () => Promise<void>;
}

/**
 * Shows the cached overview at once, then loads a fresh one; keeps the cache if that fails.
 * @example const { overview, fromCache, error } = useOverview();
 */
export function useOverview(): OverviewState {
  const [cached] = useState(() => readCachedOverview());
  const [overview, setOverview] = useState<Overview | null>(cached?.overview ?? null);
  const [fromCache, setFromCache] = useState(cached !== null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string>();
  const [clockOffsetMs, setClockOffset] = useState(0);

  const reload = useCallback(async () => {
    setLoading(true);
    const res = await loadOverview();
    if (res.ok) {
      const offset = res.data.serverNow - Date.now();
      setClockOffset(Math.abs(offset) > 120000 ? offset : 0);
      setOverview(res.data);
      setFromCache(false);
      setError(undefined);
    } else {
      setError(res.error.message);
    }
    setLoading(false);
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { overview, fromCache, loading, error, clockOffsetMs, reload };
}
