import type { ArchiveCategory, RetentionCode } from '../../shared/archives';

/** Default retention in years (issue 15, DA/T 22: 定期10年 / 定期30年). */
export const DEFAULT_RETENTION: Record<ArchiveCategory, RetentionYears> = { consultation: 10, legalAid: 30, administration: 30 };

/** Retention periods allowed by DA/T 22-2015; 0 = 永久 (kept for ever). */
export type RetentionYears = 0 | 10 | 30;
export const RETENTION_CHOICES: readonly RetentionYears[] = [10, 30, 0];

/**
 * The retention code (保管期限代码) of a period.
 *
 * @example retentionCode(10) // 'D10'
 * @example retentionCode(0) // 'Y'
 */
export function retentionCode(years: RetentionYears): RetentionCode {
  return years === 0 ? 'Y' : years === 10 ? 'D10' : 'D30';
}

/**
 * The last Beijing day a volume of `year` must be kept: retention runs from 1 January of the year
 * after the records' year; null for 永久.
 *
 * @example retentionEndsOn(2026, 10) // '2036-12-31'
 * @example retentionEndsOn(2026, 0) // null
 */
export function retentionEndsOn(year: number, years: RetentionYears): string | null {
  return years === 0 ? null : `${year + years}-12-31`;
}

/**
 * True once the retention has ended on Beijing day `today` (the day after the last day kept).
 *
 * @example retentionEnded('2036-12-31', '2037-01-01') // true
 * @example retentionEnded('2036-12-31', '2036-12-31') // false
 * @example retentionEnded(null, '2999-01-01') // false — 永久
 */
export function retentionEnded(endsOn: string | null, today: string): boolean {
  return endsOn !== null && today > endsOn;
}
