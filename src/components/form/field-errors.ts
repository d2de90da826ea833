import Taro from '@tarojs/taro';

/** One problem with one field, in the words of the field's visible label. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** Every problem of a form at once, by field path, in the order the fields appear. */
export interface FieldErrors {
  fields: Record<string, string>;
  /** The first field on the page that has a problem (it is scrolled into view). */
  first?: string;
}

/**
 * The problems as a form's errors, or undefined when there are none.
 * @example fieldErrors([{ field: 'content', message: '「发生了什么事？」不能为空' }]) // { fields: { content: '…' }, first: 'content' }
 */
export function fieldErrors(problems: FieldProblem[]): FieldErrors | undefined {
  if (problems.length === 0) return undefined;
  const fields: Record<string, string> = {};
  for (const p of problems) if (!(p.field in fields)) fields[p.field] = p.message;
  return { fields, first: problems[0].field };
}

/**
 * The server's error for a field, with the label the person sees on this form instead of the
 * server's own (「内容」 → 「发生了什么事？」); undefined for an error without a field.
 * @example serverFieldError({ message: '「内容」不能为空', field: 'content' }, { content: '发生了什么事？' })
 * // { fields: { content: '「发生了什么事？」不能为空' }, first: 'content' }
 */
export function serverFieldError(error: { message: string; field?: string } | undefined, labels: Record<string, string>): FieldErrors | undefined {
  if (!error?.field) return undefined;
  const field = error.field.replace(/\[(\d+)\]/g, '.$1');
  const label = labels[field];
  const message = label ? error.message.replace(/^「[^」]*」/, `「${label}」`) : error.message;
  return { fields: { [field]: label && !message.startsWith('「') ? `「${label}」${message}` : message }, first: field };
}

/** The view id of a field (see Field: `field-<path>` with dots as dashes). */
export const fieldId = (path: string): string => `field-${path.replace(/\./g, '-')}`;

/**
 * Brings the first field with a problem into view, so a person who tapped 「提交」 at the bottom
 * sees what to fix.
 * @example scrollToFirst({ fields: { content: '…' }, first: 'content' })
 */
export function scrollToFirst(errors: FieldErrors | undefined): void {
  if (!errors?.first) return;
  void Taro.pageScrollTo({ selector: `#${fieldId(errors.first)}`, duration: 200 }).catch(() => undefined);
}

/**
 * Problems of the required text fields: 「label」不能为空 for each empty one, in the order given.
 * @example required([['content', '发生了什么事？', '']]) // [{ field: 'content', message: '「发生了什么事？」不能为空' }]
 */
export function required(fields: Array<[path: string, label: string, value: string]>): FieldProblem[] {
  return fields.filter(([, , v]) => !v.trim()).map(([field, label]) => ({ field, message: `「${label}」不能为空` }));
}

/** What a form shows: the server's error, or every problem found on the phone. */
export type FormError = { message: string; field?: string } | FieldErrors;

/**
 * The message that belongs to no field (a network failure, a full slot), for the box above the button.
 * @example generalMessage({ code: 'NETWORK', message: '网络不太好，请稍后重试' }) // '网络不太好，请稍后重试'
 */
export function generalMessage(error: FormError | undefined): string | undefined {
  return error && !('fields' in error) && !error.field ? error.message : undefined;
}
