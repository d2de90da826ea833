/**
 * The one phone rule of every form (issue 9 §6), used by the pages as people type and by the
 * functions' zod schemas: a mobile (11 digits from 1) or a landline with its area code
 * (区号 010/02X: 3 digits, every other 0XXX: 4 digits, then 7–8 digits — 0791-83280002 is
 * 12 digits). Pure; no I/O.
 */

/** What a person is told when a number does not fit (visible label goes in front). */
export const PHONE_HINT = '请填写 11 位手机号，或带区号的座机号（如 0791-83280001）';

/** The longest a typed phone may be (0791-83280002 转 1234 with spaces and dashes fits). */
export const PHONE_MAX_TYPED = 24;

export type PhoneCheck =
  | { ok: true; phone: string; kind: 'mobile' | 'landline' }
  | { ok: false; reason: 'empty' | 'format' };

/** Full-width digits and dashes, as Chinese input methods type them, made ASCII. */
function halfWidth(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[－—–‐]/g, '-');
}

/** 3 for 010 and 020–029 (Beijing, the big cities), 4 for every other area code. */
function areaCodeLength(digits: string): number {
  return /^0[12]/.test(digits) ? 3 : 4;
}

/**
 * Reads a typed phone: spaces, dashes and brackets around the area code are allowed, full-width
 * digits too, and a leading +86 on a mobile. Answers the number written the way the station
 * dials it — a mobile as 11 digits, a landline as 区号-号码 — or why it cannot be used.
 *
 * @example checkPhone('0791-83280002') // { ok: true, phone: '0791-83280002', kind: 'landline' }
 * @example checkPhone('079183280002') // { ok: true, phone: '0791-83280002', kind: 'landline' }
 * @example checkPhone('(010) 12345678') // { ok: true, phone: '010-12345678', kind: 'landline' }
 * @example checkPhone('138 1234 5678') // { ok: true, phone: '13812345678', kind: 'mobile' }
 * @example checkPhone('83280002') // { ok: false, reason: 'format' } (no area code)
 */
export function checkPhone(typed: string): PhoneCheck {
  const s = halfWidth(typed).trim();
  if (!s) return { ok: false, reason: 'empty' };
  if (!/^\+?[\d\s\-()（）]+$/.test(s)) return { ok: false, reason: 'format' };
  let digits = s.replace(/\D/g, '');
  if (s.startsWith('+')) {
    if (!digits.startsWith('86')) return { ok: false, reason: 'format' };
    digits = digits.slice(2);
  }
  if (/^1[3-9]\d{9}$/.test(digits)) return { ok: true, phone: digits, kind: 'mobile' };
  if (!digits.startsWith('0')) return { ok: false, reason: 'format' };
  const area = areaCodeLength(digits);
  const local = digits.slice(area);
  if (!/^[2-9]\d{6,7}$/.test(local)) return { ok: false, reason: 'format' };
  return { ok: true, phone: `${digits.slice(0, area)}-${local}`, kind: 'landline' };
}

/**
 * The message for a phone field, with the field's visible label; undefined when it is fine
 * (or empty and optional).
 *
 * @example phoneProblem('您的电话', '0791-8328') // '「您的电话」格式不对：请填写 11 位手机号，或带区号的座机号（如 0791-83280001）'
 * @example phoneProblem('您的电话', '', { required: true }) // '「您的电话」不能为空'
 */
export function phoneProblem(label: string, typed: string, opts: { required?: boolean } = {}): string | undefined {
  const r = checkPhone(typed);
  if (r.ok) return undefined;
  if (r.reason === 'empty') return opts.required ? `「${label}」不能为空` : undefined;
  return `「${label}」格式不对：${PHONE_HINT}`;
}
