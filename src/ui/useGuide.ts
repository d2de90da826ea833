import { useEffect, useState } from 'react';
import { callFunction } from '../api/call';
import { readCachedOverview } from '../api/overview';
import type { ContentItem } from '../shared/content';

/**
 * One guide: the cached copy at once (offline too), then the server's (`info.guide`).
 * @example const { guide, error } = useGuide('guide:legal-aid');
 */
export function useGuide(key: string): { guide?: ContentItem<'guide'>; error?: string; loading: boolean } {
  const [guide, setGuide] = useState<ContentItem<'guide'> | undefined>(() =>
    readCachedOverview()?.overview.items.find((i): i is ContentItem<'guide'> => i.key === key && i.kind === 'guide'),
  );
  const [error, setError] = useState<string>();
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    let alive = true;
    void callFunction<ContentItem<'guide'>>('info', { action: 'guide', key }).then((res) => {
      if (!alive) return;
      if (res.ok) {
        setGuide(res.data);
        setError(undefined);
      } else setError(res.error.message);
      setLoading(false);
    });
    return () => {
      alive = false;
    };
  }, [key]);
  return { guide, error, loading };
}
