import type { CallbackAttempt, CallbackMethod, CallbackRecord, StaffLabel } from '../../shared/ratings';

/** What staff enter after trying to reach the person. */
export interface CallbackEntry {
  method: CallbackMethod;
  reached: boolean;
  progress?: string;
  staffView?: string;
  opinions?: string;
  satisfiedNow?: boolean;
  note?: string;
}

export type CallbackOutcome =
  | { kind: 'record'; record: CallbackRecord }
  | { kind: 'attempt'; attempt: CallbackAttempt }
  | { kind: 'invalid'; field: string; message: string };

/**
 * Turns an entry into a record (reached: rule 十二(七) asks about progress and result, the view of
 * the staff, opinions; plus whether the person is satisfied now) or an unreachable attempt.
 * A reached entry missing one of the required answers is invalid, naming the field.
 *
 * @example
 * callbackOutcome({ method: 'phone', reached: false, note: '无人接听' }, by, now).kind // 'attempt'
 * callbackOutcome({ method: 'phone', reached: true }, by, now) // { kind: 'invalid', field: 'progress', … }
 */
export function callbackOutcome(entry: CallbackEntry, by: StaffLabel, at: number): CallbackOutcome {
  const note = entry.note?.trim() || null;
  if (!entry.reached) return { kind: 'attempt', attempt: { at, by, method: entry.method, note } };
  const progress = entry.progress?.trim();
  if (!progress) return { kind: 'invalid', field: 'progress', message: '请填写业务办理的进度及结果' };
  const staffView = entry.staffView?.trim();
  if (!staffView) return { kind: 'invalid', field: 'staffView', message: '请填写当事人对工作人员的评价' };
  if (typeof entry.satisfiedNow !== 'boolean') return { kind: 'invalid', field: 'satisfiedNow', message: '请选择当事人现在是否满意' };
  const opinions = entry.opinions?.trim() || null;
  return { kind: 'record', record: { method: entry.method, by, at, progress, staffView, opinions, satisfiedNow: entry.satisfiedNow, note } };
}
