import { callFunction } from '../../../../api/call';
import type { ResultCallView } from '../../../../shared/result-calls';

/** My 「告知结果」 tasks, open first (contract: src/shared/result-calls.ts). */
export const loadResultCalls = () => callFunction<{ items: ResultCallView[] }>('resultCalls', { action: 'mine' });

/**
 * Records a call: told (the task is done) or not reached (kept open, to try again).
 * @example await recordResultCall('rc:ticket:tk_1:closed', false, '无人接听')
 */
export const recordResultCall = (id: string, reached: boolean, note: string) =>
  callFunction<{ task: ResultCallView }>('resultCalls', { action: 'record', id, reached, ...(note.trim() ? { note: note.trim() } : {}) });
