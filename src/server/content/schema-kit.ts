import { z } from 'zod';
import { checkPhone, PHONE_HINT, PHONE_MAX_TYPED } from '../../domain/phone';

/**
 * Small building blocks for input schemas: every field carries a Chinese label (read by
 * `parseInput` for its messages) and a sane maximum length.
 */

/** Never meant in typed text: control characters (tab and newlines kept) and lone surrogates. */
const NEVER_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Shows nothing on a screen: white space, format characters (zero-width, BOM, bidi marks), Hangul and braille blanks. */
const BLANK = /^[\s\p{Cf}\p{Z}\u115F\u1160\u3164\uFFA0\u2800]*$/u;

/**
 * Typed text as it is kept: control characters (NUL …) and lone surrogates removed, trimmed, and
 * '' when nothing visible is left (only zero-width characters, say) — so such text is refused like
 * an empty field. Visible text keeps its zero-width joiners (emoji sequences).
 *
 * @example
 * visibleText('  端午节放假\u0000 ') // '端午节放假'
 * visibleText('\u200B\u200D\uFEFF') // ''
 * visibleText('\uD800') // ''
 */
export function visibleText(raw: string): string {
  const kept = raw.replace(NEVER_TEXT, '').trim();
  return BLANK.test(kept) ? '' : kept;
}

/**
 * A non-empty text field with a label and a maximum length, cleaned by {@link visibleText}: text
 * of only invisible characters answers 「label」不能为空.
 *
 * @example
 * text('标题', 30).parse('  端午节放假  ') // '端午节放假'
 * text('标题', 30).safeParse('\u200B').success // false
 */
export function text(label: string, max: number) {
  return z.string().transform(visibleText).pipe(z.string().min(1).max(max)).describe(label);
}

/**
 * An optional text field: omitted, empty or invisible-only text all mean "not given" (undefined).
 *
 * @example
 * optionalText('备注', 200).parse('\u0000') // undefined
 * optionalText('备注', 200).parse(' 下午来 ') // '下午来'
 */
export function optionalText(label: string, max: number) {
  return z
    .string()
    .transform(visibleText)
    .pipe(z.string().max(max))
    .describe(label)
    .optional()
    .transform((v) => (v ? v : undefined));
}

/**
 * True when `ymd` is a 'YYYY-MM-DD' string naming a real calendar day between 2000 and 2099.
 * Pure arithmetic on the numbers; no Date parsing, so the machine's time zone plays no part.
 *
 * @example
 * isRealYmd('2028-02-29') // true
 * isRealYmd('2026-02-30') // false
 */
export function isRealYmd(ymd: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 2000 || year > 2099 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= days;
}

/**
 * A Beijing day 'YYYY-MM-DD' that must exist on the calendar (2026-02-30 is refused).
 *
 * @example
 * ymd('日期').safeParse('2026-13-01').success // false
 */
export function ymd(label: string) {
  return z
    .string()
    .refine(isRealYmd, { message: '不是有效的日期（格式：2026-10-01）' })
    .describe(label);
}

/**
 * An object that refuses fields it does not know, naming the first one as the error's field
 * (zod's `.strict()` reports unknown keys on the parent, so the caller could not tell which).
 * As an action's input the message is 「force」是不认识的字段，请删去; nested, it reads after
 * the parent's label: 「内容」中的「html」是不认识的字段，请删去.
 *
 * @example
 * closedObject({ a: z.string() }).safeParse({ a: 'x', b: 1 }) // fails at path ['b']
 */
export function closedObject<T extends z.ZodRawShape>(shape: T) {
  return z
    .object(shape)
    .passthrough()
    .superRefine((value, ctx) => {
      const unknown = Object.keys(value).find((key) => !Object.hasOwn(shape, key));
      if (unknown === undefined) return;
      const message = ctx.path.length === 0 ? '是不认识的字段，请删去' : `中的「${unknown}」是不认识的字段，请删去`;
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: [unknown], message });
    }) as unknown as z.ZodType<z.output<z.ZodObject<T>>, z.ZodTypeDef, unknown>;
}

/**
 * A phone field by the one phone rule (src/domain/phone.ts): a mobile, or a landline with its
 * area code; answers the number as the station dials it (0791-83280002, 13812345678).
 *
 * @example phoneField('联系电话').parse('079183280002') // '0791-83280002'
 */
export function phoneField(label: string) {
  return z.string().max(PHONE_MAX_TYPED).transform((typed, ctx) => {
    const r = checkPhone(typed);
    if (r.ok) return r.phone;
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: r.reason === 'empty' ? '不能为空' : `格式不对：${PHONE_HINT}` });
    return z.NEVER;
  }).describe(label);
}
