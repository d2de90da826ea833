import { useCallback, useEffect, useState } from 'react';
import type { SlotsResult } from '../../shared/appointments';
import { loadSlots } from './api';

/**
 * The bookable days and slots, loaded when the page opens; `reload()` fetches fresh counts
 * (after 「已约满」). `error` is the Chinese message of a failed load.
 * @example const { slots, error, reload } = useSlots();
 */
export function useSlots(): { slots: SlotsResult | null; error?: string; reload: () => Promise<void> } {
  const [slots, setSlots] = useState<SlotsResult | null>(null);
  const [error, setError] = useState<string>();
  const reload = useCallback(async () => {
    const res = await loadSlots();
    if (res.ok) {
      setSlots(res.data);
      setError(undefined);
    } else setError(res.error.message);
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { slots, error, reload };
}
