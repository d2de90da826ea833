/** Reports on time (rule 十一(五)): the state of one period's report. */
export type SubmissionKind = 'monthly' | 'quarterly';
export type SubmissionState = 'onTime' | 'late' | 'missing' | 'pending';

export const SUBMISSION_STATES: Record<SubmissionState, string> = {
  onTime: '按时报送',
  late: '逾期报送',
  missing: '逾期未报',
  pending: '待报送',
};


/**
 * @example submissionState('2026-11-06', '2026-11-06', '2026-11-20') // 'onTime'
 * @example submissionState('2026-11-06', null, '2026-11-07') // 'missing'
 * @example submissionState('2026-11-06', null, '2026-11-06') // 'pending'
 */
export function submissionState(dueDay: string, submittedDay: string | null, today: string): SubmissionState {
  if (submittedDay) return submittedDay <= dueDay ? 'onTime' : 'late';
  return today > dueDay ? 'missing' : 'pending';
}

/**
 * The state from the period's deadline clock: submitted by its due instant (end of business of
 * the due day) is on time; not submitted and past it is missing.
 * @example submissionStateAt(Date.parse('2026-11-06T17:00:00+08:00'), Date.parse('2026-11-06T16:00:00+08:00'), 0) // 'onTime'
 * @example submissionStateAt(Date.parse('2026-11-06T17:00:00+08:00'), null, Date.parse('2026-11-06T17:30:00+08:00')) // 'missing'
 */
export function submissionStateAt(dueAt: number, submittedAt: number | null, now: number): SubmissionState {
  if (submittedAt !== null) return submittedAt <= dueAt ? 'onTime' : 'late';
  return now > dueAt ? 'missing' : 'pending';
}
