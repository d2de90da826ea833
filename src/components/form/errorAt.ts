/**
 * The server's message when its `error.field` names this field or something inside it
 * ('phones[1]' is read as 'phones.1'); undefined otherwise.
 * @example errorAt({ message: '请填写联系电话', field: 'booker.phone' }, 'booker') // '请填写联系电话'
 */
export function errorAt(error: { message: string; field?: string } | undefined, path: string): string | undefined {
  const f = error?.field?.replace(/\[(\d+)\]/g, '.$1');
  if (!error || !f) return undefined;
  return f === path || f.startsWith(path + '.') ? error.message : undefined;
}
