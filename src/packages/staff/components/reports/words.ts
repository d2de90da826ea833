import { SUBMISSION_STATE_LABELS, type SubmissionKind, type SubmissionRow, type SubmissionState } from '../../../../shared/reports';
import { addCalendarDays } from '../../../../domain/beijing';
import { monthText } from '../tickets/months';

/**
 * A report state in words with a symbol in front, so no meaning rests on colour alone.
 * @example stateText('missing') // '✗ 逾期未报'
 */
export function stateText(state: SubmissionState): string {
  const mark: Record<SubmissionState, string> = { onTime: '✓', late: '⚠', missing: '✗', pending: '…' };
  return `${mark[state]} ${SUBMISSION_STATE_LABELS[state]}`;
}

/**
 * 「2026年第4季度」.
 * @example quarterText('2026-Q4') // '2026年第4季度'
 */
export function quarterText(quarter: string): string {
  return `${quarter.slice(0, 4)}年第${quarter.slice(6)}季度`;
}

/**
 * A period in words: a month or a quarter.
 * @example periodText('2026-10') // '2026年10月'
 */
export function periodText(period: string): string {
  return /-Q/.test(period) ? quarterText(period) : monthText(period);
}

/**
 * The quarter before or after.
 * @example shiftQuarter('2026-Q1', -1) // '2025-Q4'
 */
export function shiftQuarter(quarter: string, by: number): string {
  const n = Number(quarter.slice(0, 4)) * 4 + Number(quarter.slice(6)) - 1 + by;
  return `${Math.floor(n / 4)}-Q${(n % 4) + 1}`;
}

/**
 * The day before or after a Beijing day.
 * @example shiftDay('2026-11-01', -1) // '2026-10-31'
 */
export function shiftDay(day: string, by: number): string {
  return addCalendarDays(day, by);
}

/**
 * 「2026年11月26日」.
 * @example dayText('2026-11-26') // '2026年11月26日'
 */
export function dayText(day: string): string {
  return `${Number(day.slice(0, 4))}年${Number(day.slice(5, 7))}月${Number(day.slice(8))}日`;
}

/**
 * The name the submitted file usually has: the one the server gives the period's report.
 * @example reportFileName('monthly', '2026-10') // '月度统计_2026-10.xlsx'
 */
export function reportFileName(kind: SubmissionKind, period: string): string {
  return kind === 'monthly' ? `月度统计_${period}.xlsx` : `季度分析报告_${period}.docx`;
}

/**
 * One line about the history of a year: how many reports went late or are missing.
 * @example historyWords([{ state: 'missing' }, { state: 'onTime' }] as SubmissionRow[]) // '共 2 期：按时 1 期，逾期报送 0 期，逾期未报 1 期，待报送 0 期。'
 */
export function historyWords(rows: Pick<SubmissionRow, 'state'>[]): string {
  const n = (s: SubmissionState) => rows.filter((r) => r.state === s).length;
  return `共 ${rows.length} 期：按时 ${n('onTime')} 期，逾期报送 ${n('late')} 期，逾期未报 ${n('missing')} 期，待报送 ${n('pending')} 期。`;
}
