/**
 * A short, stable fingerprint of the calendar's inputs, so stored deadlines can tell which
 * calendar computed them and clients can tell when their cached calendar is stale.
 */
import type { CalendarOverride } from '../../shared/content';

/**
 * 32-bit FNV-1a hash of a string, as 8 hex digits.
 * @example fnv1a('') // '811c9dc5'
 */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * Version string for a data version, overrides and admin-declared official years; the order in
 * which overrides or years are given does not matter.
 * @example calendarVersion('cd1.5.7', [], []) // 'cd1.5.7-' + 8 hex digits
 */
export function calendarVersion(dataVersion: string, overrides: CalendarOverride[], years: number[]): string {
  const lines = overrides
    .map((o) => `${o.date}|${o.working ? 1 : 0}|${o.note ?? ''}`)
    .sort()
    .concat([...new Set(years)].sort((a, b) => a - b).map((y) => `year|${y}`));
  return `${dataVersion}-${fnv1a(lines.join('\n'))}`;
}
