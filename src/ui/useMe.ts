import { useEffect, useState } from 'react';
import { callFunction } from '../api/call';
import type { ApiError, Me } from '../api/types';

/**
 * Who is using the app (`info.me`); null until known. `error` is set when the call failed.
 * @example const { me } = useMe(); if (me?.kind === 'staff') showStaffEntry();
 */
export function useMe(): { me: Me | null; error?: ApiError; loading: boolean } {
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    let alive = true;
    void callFunction<Me>('info', { action: 'me' }).then((res) => {
      if (!alive) return;
      if (res.ok) setMe(res.data);
      else setError(res.error);
      setLoading(false);
    });
    return () => {
      alive = false;
    };
  }, []);
  return { me, error, loading };
}
