import { useRef, useState } from 'react';
import type { ApiError } from '../../../../../api/types';
import type { CallbackMethod, CallbackTaskView } from '../../../../../shared/ratings';
import { recordCallback } from './api';
import { newRequestId } from '../../../components/tickets/request-id';

/** The form's answers; '' = not chosen yet. */
export interface CallbackDraft {
  method: CallbackMethod | '';
  reached: 'yes' | 'no' | '';
  progress: string;
  staffView: string;
  opinions: string;
  satisfied: 'yes' | 'no' | '';
  note: string;
}

const EMPTY: CallbackDraft = { method: '', reached: '', progress: '', staffView: '', opinions: '', satisfied: '', note: '' };

/**
 * State and submit of the callback record form. Not reached → an attempt is saved, the form is
 * cleared for the next try (the method kept) and `saved` says so; reached → the task is done.
 * @example const f = useCallbackForm(task.id, setTask); f.set({ method: 'phone' }); await f.save();
 */
export function useCallbackForm(taskId: string, onSaved: (t: CallbackTaskView) => void) {
  const [draft, setDraft] = useState<CallbackDraft>(EMPTY);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [saved, setSaved] = useState('');
  const requestId = useRef(newRequestId());
  const set = (patch: Partial<CallbackDraft>) => { setDraft((d) => ({ ...d, ...patch })); setSaved(''); };
  const save = async () => {
    if (busy) return;
    if (!draft.method) return setError({ code: 'VALIDATION', message: '请选择回访方式', field: 'method' });
    if (!draft.reached) return setError({ code: 'VALIDATION', message: '请选择：联系上了，还是没联系上', field: 'reached' });
    setBusy(true);
    setError(undefined);
    const reached = draft.reached === 'yes';
    const res = await recordCallback({
      taskId, method: draft.method, reached, progress: draft.progress, staffView: draft.staffView, opinions: draft.opinions,
      satisfiedNow: draft.satisfied === '' ? null : draft.satisfied === 'yes', note: draft.note, requestId: requestId.current,
    });
    setBusy(false);
    if (!res.ok) return setError(res.error);
    requestId.current = newRequestId(); // the next attempt is a new entry
    if (!reached) {
      setDraft({ ...EMPTY, method: draft.method });
      setSaved(`已记下第 ${res.data.task.attempts.length} 次没联系上。任务还在，请换个时间再联系。`);
    }
    onSaved(res.data.task);
  };
  return { draft, set, save, busy, error, saved };
}
