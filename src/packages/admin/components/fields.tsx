import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import { a11y, roleOf } from '../../../ui/a11y';

interface FieldProps {
  label: string;
  /** The field path the server uses in `error.field`, e.g. 'phones.0.number'. */
  path: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  multiline?: boolean;
  placeholder?: string;
}

/**
 * A labelled text input with its error right under it.
 * @example <TextField label='地址' path='address' value={v} onChange={set} error={errorAt(err, 'address')} />
 */
export function TextField({ label, path, value, onChange, error, hint, multiline, placeholder }: FieldProps) {
  const id = `field-${path.replace(/\./g, '-')}`;
  const common = {
    className: multiline ? 'field__input field__textarea' : 'field__input',
    value,
    placeholder,
    onInput: (e: { detail: { value: string } }) => onChange(e.detail.value),
    ...a11y(label),
    'aria-invalid': error ? 'true' : 'false',
  };
  return (
    <View className={`field ${error ? 'field--error' : ''}`} id={id}>
      <Text className='field__label'>{label}</Text>
      {multiline ? <Textarea {...common} maxlength={-1} autoHeight /> : <Input {...common} maxlength={-1} />}
      {hint ? <Text className='field__hint'>{hint}</Text> : null}
      {error ? <Text className='field__error' {...roleOf('alert')}>{error}</Text> : null}
    </View>
  );
}

/**
 * A list of short texts edited one per line (steps, materials).
 * @example <LinesField label='材料清单' path='materials' value={list} onChange={setList} />
 */
export function LinesField(props: Omit<FieldProps, 'value' | 'onChange' | 'multiline'> & { value: string[]; onChange: (v: string[]) => void }) {
  return (
    <TextField
      {...props}
      multiline
      value={props.value.join('\n')}
      onChange={(text) => props.onChange(text.split('\n').map((s) => s.trim()).filter((s, i, all) => s !== '' || i === all.length - 1))}
      hint={props.hint ?? '每行一项'}
    />
  );
}

/**
 * Add/remove buttons for a list of records (phones, complaint channels, commitments).
 * @example <RowTools onRemove={() => remove(i)} label='删除这个电话' />
 */
export function RemoveRow({ label, onRemove }: { label: string; onRemove: () => void }) {
  return <Button className='btn btn--danger btn--small' onClick={onRemove} {...a11y(label)}>{label}</Button>;
}

/** A button that appends an empty row. */
export function AddRow({ label, onAdd }: { label: string; onAdd: () => void }) {
  return <Button className='btn btn--small' onClick={onAdd} {...a11y(label)}>＋ {label}</Button>;
}
