/** Reports on time (rule 十一(五)): the state of one period's report. */
export type SubmissionKind = 'monthly' | 'quarterly';
export type SubmissionState = 'onTime' | 'late' | 'missing' | 'pending';

export const SUBMISSION_STATES: Record<SubmissionState, string> = {
  onTime: '按时报送',
  late: '逾期报送',
  missing: '逾期未报',
  pending: '待报送',
};

export interface SubmissionRow {
  kind: SubmissionKind;
  period: string;
  dueDay: string;
  submittedDay: string | null;
  fileName: string | null;
  by: string | null;
  state: SubmissionState;
}

/**
 * @example submissionState('2026-11-06', '2026-11-06', '2026-11-20') // 'onTime'
 * @example submissionState('2026-11-06', null, '2026-11-07') // 'missing'
 * @example submissionState('2026-11-06', null, '2026-11-06') // 'pending'
 */
export function submissionState(dueDay: string, submittedDay: string | null, today: string): SubmissionState {
  if (submittedDay) return submittedDay <= dueDay ? 'onTime' : 'late';
  return today > dueDay ? 'missing' : 'pending';
}
