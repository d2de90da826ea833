import type { ApiError } from '../../../api/types';

/**
 * The field path of an error in the form's own terms: 'data.phones[1].number' → 'phones.1.number'.
 * @example normalizeField('data.steps.2') // 'steps.2'
 */
export function normalizeField(field: string | undefined): string {
  if (!field) return '';
  return field.replace(/\[(\d+)\]/g, '.$1').replace(/\//g, '.').replace(/^data\./, '');
}

/**
 * The error message to show at a field, if the error names it (or, with `prefix`, anything in it).
 * @example errorAt({ code: 'VALIDATION', message: '请填写电话', field: 'data.phones.0.number' }, 'phones.0.number')
 * // '请填写电话'
 */
export function errorAt(error: ApiError | undefined, path: string, prefix = false): string | undefined {
  const f = normalizeField(error?.field);
  if (!error || !f) return undefined;
  if (f === path || (prefix && f.startsWith(path + '.'))) return error.message;
  return undefined;
}
