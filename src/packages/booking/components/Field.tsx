import { Input, Text, Textarea, View } from '@tarojs/components';
import { a11y, roleOf } from '../../../ui/a11y';

/**
 * A labelled input in large type with its error right under it (the server names the field).
 * @example <Field label='联系电话' id='phone' type='number' value={phone} onChange={setPhone} error={errorAt(err, 'phone')} />
 */
export function Field({ label, id, value, onChange, error, hint, placeholder, type = 'text', multiline }: {
  label: string;
  id: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  placeholder?: string;
  type?: 'text' | 'number' | 'idcard';
  multiline?: boolean;
}) {
  const common = {
    className: multiline ? 'field__input field__textarea' : 'field__input',
    value,
    placeholder,
    onInput: (e: { detail: { value: string } }) => onChange(e.detail.value),
    ...a11y(label),
    'aria-invalid': error ? 'true' : 'false',
  };
  return (
    <View className={`field ${error ? 'field--error' : ''}`} id={`field-${id}`}>
      <Text className='field__label'>{label}</Text>
      {multiline ? <Textarea {...common} maxlength={300} autoHeight /> : <Input {...common} type={type} maxlength={64} />}
      {hint ? <Text className='field__hint'>{hint}</Text> : null}
      {error ? <Text className='field__error' {...roleOf('alert')}>{error}</Text> : null}
    </View>
  );
}

/**
 * The server's error message when it names this field (or a field inside it).
 * @example errorAt({ code: 'VALIDATION', message: '请填写联系电话', field: 'phone' }, 'phone') // '请填写联系电话'
 */
export function errorAt(error: { message: string; field?: string } | undefined, field: string): string | undefined {
  const f = error?.field?.replace(/\[(\d+)\]/g, '.$1');
  if (!error || !f) return undefined;
  return f === field || f.startsWith(field + '.') ? error.message : undefined;
}
