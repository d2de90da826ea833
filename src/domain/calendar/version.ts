/**
 * A short, stable fingerprint of the calendar's inputs, so stored deadlines can tell which
 * calendar computed them and clients can tell when their cached calendar is stale.
 */
import type { CalendarOverride } from '../../shared/content';
import type { HolidayNotice } from '../../shared/calendar';

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
 * Version string for a data version, overrides, admin-declared official years and entered
 * notices; the order in which any of them are given does not matter.
 * @example calendarVersion('cd1.5.7+law2024', [], [], []) // 'cd1.5.7+law2024-' + 8 hex digits
 */
export function calendarVersion(dataVersion: string, overrides: CalendarOverride[], years: number[], notices: HolidayNotice[] = []): string {
  const noticeLines = notices.flatMap((n) => [`notice|${n.year}`, ...n.days.map((d) => `notice|${d.date}|${d.off ? 0 : 1}|${d.name}`)]);
  const lines = overrides
    .map((o) => `${o.date}|${o.working ? 1 : 0}|${o.note ?? ''}`)
    .concat(noticeLines)
    .sort()
    .concat([...new Set(years)].sort((a, b) => a - b).map((y) => `year|${y}`));
  return `${dataVersion}-${fnv1a(lines.join('\n'))}`;
}
