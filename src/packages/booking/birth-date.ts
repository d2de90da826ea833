import { isYmd } from '../../domain/beijing';

/**
 * A birth date as an elder may type it, made 'YYYY-MM-DD'; null when it is not a real day.
 * Accepts 8 digits, or year, month, day separated by anything (年月日, dots, dashes, slashes).
 * @example parseBirthDate('19510315') // '1951-03-15'
 * @example parseBirthDate('1951年3月5日') // '1951-03-05'
 */
export function parseBirthDate(typed: string): string | null {
  const s = typed.trim();
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(s) ?? /^(\d{4})\D+(\d{1,2})\D+(\d{1,2})\D*$/.exec(s);
  if (!m) return null;
  const ymd = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return isYmd(ymd) ? ymd : null;
}
