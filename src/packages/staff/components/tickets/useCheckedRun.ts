import { useRef, useState } from 'react';
import type { ApiError, ApiResult } from '../../../../api/types';
import type { CourtesyChecked, PhraseWarning } from '../../../../shared/tickets';

/**
 * Runs an action whose text a resident reads (issue 9 §3), with the reply's warn-and-confirm
 * flow: the server holds text with 服务忌语 (`{ sent: false, warnings }`); `held` then lists them,
 * `back()` returns to editing and `confirm()` sends the very same call with `confirmed: true`.
 * Sent, the answer goes to `onDone`.
 *
 * @example
 * const { run, held, confirm, back, busy, error } = useCheckedRun((d) => onDone(d.ticket));
 * run((confirmed) => closeTicket(id, result, undefined, confirmed));
 */
export function useCheckedRun<T>(onDone: (data: T) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [held, setHeld] = useState<PhraseWarning[] | null>(null);
  const last = useRef<(confirmed: boolean) => Promise<ApiResult<CourtesyChecked<T>>>>();
  const go = async (confirmed: boolean) => {
    if (busy || !last.current) return;
    setBusy(true);
    setError(undefined);
    const res = await last.current(confirmed);
    setBusy(false);
    if (!res.ok) return setError(res.error);
    if (res.data.sent === false) return setHeld(res.data.warnings);
    setHeld(null);
    onDone(res.data as T);
  };
  const run = (call: (confirmed: boolean) => Promise<ApiResult<CourtesyChecked<T>>>) => {
    last.current = call;
    return go(false);
  };
  return { run, busy, error, held, confirm: () => go(true), back: () => setHeld(null) };
}
