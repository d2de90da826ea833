import { useCallback, useEffect, useState } from 'react';
import type { Appointment, DayView } from '../../../../../shared/appointments';
import { loadDay, loadPendingHomeVisits } from '../api';

/**
 * One day's view and the home-visit requests still waiting for an answer; `reload()` after every
 * action. `error` is the Chinese message of a failed load.
 * @example const { day, pending, reload } = useDay('2026-11-26');
 */
export function useDay(date: string) {
  const [day, setDay] = useState<DayView | null>(null);
  const [pending, setPending] = useState<Appointment[]>([]);
  const [error, setError] = useState<string>();
  const reload = useCallback(async () => {
    const [d, p] = await Promise.all([loadDay(date), loadPendingHomeVisits()]);
    if (d.ok) setDay(d.data);
    if (p.ok) setPending(p.data.items);
    setError(!d.ok ? d.error.message : !p.ok ? p.error.message : undefined);
  }, [date]);
  useEffect(() => {
    setDay(null);
    void reload();
  }, [reload]);
  return { day, pending, error, reload };
}
