/**
 * A rate (0–1) for the table, never rounded up to a whole 100 % it did not reach: '100%' only
 * when every one was done, '0%' when none was; otherwise one decimal, cut (not rounded); '—' when none was due.
 * @example ratePercent(1) // '100%'
 * @example ratePercent(0.9996) // '99.9%'
 * @example ratePercent(0) // '0%'
 * @example ratePercent(null) // '—'
 */
export function ratePercent(rate: number | null): string {
  if (rate === null) return '—';
  if (rate >= 1) return '100%';
  if (rate <= 0) return '0%';
  return `${(Math.floor(rate * 1000) / 10).toFixed(1)}%`;
}
