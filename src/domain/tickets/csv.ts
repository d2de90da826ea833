/** Byte order mark: Excel opens UTF-8 CSV as UTF-8 only with it. */
export const BOM = '\uFEFF';

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote, or line break, quotes doubled.
 * A leading =, +, - or @ is prefixed with an apostrophe so Excel does not run it as a formula.
 *
 * @example csvField('a,b') // '"a,b"'
 * @example csvField('=1+1') // "'=1+1"
 */
export function csvField(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A CSV document with a BOM, CRLF line ends, the header first.
 *
 * @example toCsv(['姓名', '电话'], [['陈某', '138']]) // '\uFEFF姓名,电话\r\n陈某,138\r\n'
 */
export function toCsv(header: string[], rows: unknown[][]): string {
  return BOM + [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
