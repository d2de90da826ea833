import type { Appointment } from '../../../../../shared/appointments';

/** What staff can do next with one appointment (the bottom bar shows these). */
export type StaffAction = 'confirm' | 'propose' | 'attended' | 'noShow' | 'outcome';

/**
 * The actions that fit an appointment's status (the server checks again).
 * @example actionsFor({ kind: 'office', status: 'booked' } as Appointment) // ['attended', 'noShow']
 */
export function actionsFor(a: Pick<Appointment, 'kind' | 'status' | 'outcome'>): StaffAction[] {
  if (a.kind === 'homeVisit' && a.status === 'requested') return ['confirm', 'propose'];
  if (a.kind === 'homeVisit' && a.status === 'proposed') return ['confirm'];
  if (a.status === 'booked' || a.status === 'confirmed') return ['attended', 'noShow'];
  if (a.status === 'attended' && !a.outcome) return ['outcome'];
  return [];
}

export const ACTION_LABELS: Record<StaffAction, string> = {
  confirm: '确认上门时间',
  propose: '建议其他时间',
  attended: '✓ 已到',
  noShow: '✗ 未到',
  outcome: '记录办理结果',
};
