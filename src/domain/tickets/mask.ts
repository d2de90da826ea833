/**
 * Masks a phone number for lists (rule: lists never show a full number). A mobile number keeps
 * its first 3 and last 4 digits; any other number keeps its area code (before a '-') and its
 * last 4 digits; short numbers keep only the last 2.
 *
 * @example maskPhone('13812345678') // '138****5678'
 * @example maskPhone('0791-83280001') // '0791-****0001'
 * @example maskPhone('12348') // '***48'
 */
export function maskPhone(phone: string): string {
  const p = phone.trim();
  if (/^1\d{10}$/.test(p)) return `${p.slice(0, 3)}****${p.slice(7)}`;
  const dash = /^(\d{3,4})-(\d{5,8})$/.exec(p);
  if (dash) return `${dash[1]}-****${dash[2].slice(-4)}`;
  if (p.length >= 7) return `${'*'.repeat(p.length - 4)}${p.slice(-4)}`;
  return `${'*'.repeat(Math.max(0, p.length - 2))}${p.slice(-2)}`;
}

/**
 * Masks a person's name: the family name stays, the rest becomes 「*」 (at least two).
 *
 * @example maskName('陈大爷') // '陈**'
 * @example maskName('欧阳') // '欧**'
 */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return '';
  return `${chars[0]}${'*'.repeat(Math.max(2, chars.length - 1))}`;
}
