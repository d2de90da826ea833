import { useState } from 'react';
import type { ApiError, ApiResult } from '../../../../api/types';
import type { TicketStaffView } from '../../../../shared/tickets';

/**
 * Runs one ticket action: busy while it runs, the server's error kept (with its field), and on
 * success the updated ticket handed to `onDone`.
 * @example const { run, busy, error } = useRun(onDone); run(() => markMajor(id, reason));
 */
export function useRun(onDone: (t: TicketStaffView) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const run = async (call: () => Promise<ApiResult<{ ticket: TicketStaffView }>>) => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    const res = await call();
    setBusy(false);
    if (res.ok) onDone(res.data.ticket);
    else setError(res.error);
  };
  return { run, busy, error };
}
