import { Input, Text, Textarea, View } from '@tarojs/components';
import { a11y, roleOf } from '../../../ui/a11y';

/**
 * A labelled input (or a big text box) with its hint and the server's error right under it.
 * `path` is the server's field name (`error.field`); the view's id is `field-<path>`.
 * @example <Field label='您的电话' path='phone' value={phone} onChange={setPhone} error={errorAt(err, 'phone')} type='number' />
 */
export function Field({ label, path, value, onChange, error, hint, multiline, placeholder, type }: {
  label: string;
  path: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  multiline?: boolean;
  placeholder?: string;
  type?: 'text' | 'number';
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
    <View className={`field ${error ? 'field--error' : ''}`} id={`field-${path.replace(/\./g, '-')}`}>
      <Text className='field__label'>{label}</Text>
      {hint ? <Text className='field__hint' style={{ marginBottom: '8px' }}>{hint}</Text> : null}
      {multiline ? <Textarea {...common} maxlength={2000} autoHeight /> : <Input {...common} type={type ?? 'text'} maxlength={type === 'number' ? 11 : 40} />}
      {error ? <Text className='field__error' {...roleOf('alert')}>{error}</Text> : null}
    </View>
  );
}
