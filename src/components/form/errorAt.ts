import type { FieldErrors } from './field-errors';

/**
 * The message for this field (or something inside it): from a set of field errors checked on
 * the phone (every problem at once), or from the server's `error.field` ('phones[1]' is read as
 * 'phones.1'); undefined otherwise.
 * @example errorAt({ message: '请填写联系电话', field: 'booker.phone' }, 'booker') // '请填写联系电话'
 * @example errorAt({ fields: { phone: '「您的电话」不能为空' } }, 'phone') // '「您的电话」不能为空'
 */
export function errorAt(error: { message: string; field?: string } | FieldErrors | undefined, path: string): string | undefined {
  if (!error) return undefined;
  if ('fields' in error) {
    const hit = Object.keys(error.fields).find((f) => f === path || f.startsWith(path + '.'));
    return hit ? error.fields[hit] : undefined;
  }
  const f = error.field?.replace(/\[(\d+)\]/g, '.$1');
  if (!f) return undefined;
  return f === path || f.startsWith(path + '.') ? error.message : undefined;
}
