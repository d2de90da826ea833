import type { ApiError } from '../../api/types';

/**
 * True when the chosen slot can no longer be booked: taken by someone else (SLOT_FULL) or no
 * longer offered (NOT_FOUND on the day or time, e.g. it became too close to now). The resident
 * then goes back to the times with fresh counts.
 * @example isSlotGone({ code: 'SLOT_FULL', message: '该时段已约满，请选择其他时间' }) // true
 */
export function isSlotGone(error: ApiError): boolean {
  if (error.code === 'SLOT_FULL') return true;
  return error.code === 'NOT_FOUND' && (error.field === 'start' || error.field === 'date');
}
