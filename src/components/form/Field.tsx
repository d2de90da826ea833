import { Input, Text, Textarea, View } from '@tarojs/components';
import { a11y, roleOf } from '../../ui/a11y';

export interface FieldProps {
  label: string;
  /** The server's field name (`error.field`); the view's id is `field-<path>` with dots as dashes. */
  path: string;
  value: string;
  onChange: (value: string) => void;
  /** The message to show under the field (see `errorAt`). */
  error?: string;
  hint?: string;
  /** Show the hint between the label and the box instead of under the box. */
  hintFirst?: boolean;
  multiline?: boolean;
  placeholder?: string;
  type?: 'text' | 'number' | 'idcard';
  /** Most characters accepted; -1 (the default) for no limit. */
  maxLength?: number;
  /** A text box that grows with its text (default true). */
  autoHeight?: boolean;
}

/**
 * A labelled input (or text box) with its hint and its error right under it, marked for screen readers.
 * @example <Field label='联系电话' path='phone' type='number' value={phone} onChange={setPhone} error={errorAt(err, 'phone')} />
 */
export function Field({ label, path, value, onChange, error, hint, hintFirst, multiline, placeholder, type, maxLength = -1, autoHeight = true }: FieldProps) {
  const common = {
    className: multiline ? 'field__input field__textarea' : 'field__input',
    value,
    placeholder,
    onInput: (e: { detail: { value: string } }) => onChange(e.detail.value),
    ...a11y(label),
    'aria-invalid': error ? 'true' : 'false',
    maxlength: maxLength,
  };
  const hintText = hint ? <Text className='field__hint' {...(hintFirst ? { style: { marginBottom: '8px' } } : {})}>{hint}</Text> : null;
  return (
    <View className={`field ${error ? 'field--error' : ''}`} id={`field-${path.replace(/\./g, '-')}`}>
      <Text className='field__label'>{label}</Text>
      {hintFirst ? hintText : null}
      {multiline ? <Textarea {...common} {...(autoHeight ? { autoHeight: true } : {})} nativeProps={{ 'aria-label': label }} /> : <Input {...common} {...(type ? { type } : {})} />}
      {hintFirst ? null : hintText}
      {error ? <Text className='field__error' {...roleOf('alert')}>{error}</Text> : null}
    </View>
  );
}
