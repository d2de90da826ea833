import { useState } from 'react';
import type { ApiError, ApiResult } from '../../../api/types';

/**
 * One form's submission: busy while it runs (a second tap does nothing), the server's error kept
 * with its field, `done` called with the data on success.
 * @example const { submit, busy, error } = useSubmit(); submit(() => studyLog(input), () => reset());
 */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const submit = async <T>(call: () => Promise<ApiResult<T>>, done: (data: T) => void) => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    const res = await call();
    setBusy(false);
    if (res.ok) done(res.data);
    else setError(res.error);
  };
  const at = (field: string) => (error?.field === field ? error.message : undefined);
  const other = (fields: string[]) => (error && !fields.includes(error.field ?? '') ? error.message : undefined);
  return { submit, busy, error, at, other };
}
