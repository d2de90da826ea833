import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import type { ApiError } from '../../../../api/types';
import { a11y, roleOf } from '../../../../ui/a11y';

/**
 * A labelled text box for the action sheets; the server's message shows under it when
 * `error.field` names `path`.
 * @example <Box label='办理结果' path='result' value={v} onChange={setV} error={error} />
 */
export function Box({ label, path, value, onChange, error, multiline = true, placeholder }: {
  label: string;
  path: string;
  value: string;
  onChange: (v: string) => void;
  error?: ApiError;
  multiline?: boolean;
  placeholder?: string;
}) {
  const mine = error?.field && (error.field === path || error.field.startsWith(path + '.')) ? error.message : undefined;
  const props = {
    className: multiline ? 'field__input field__textarea' : 'field__input',
    value,
    placeholder,
    onInput: (e: { detail: { value: string } }) => onChange(e.detail.value),
    ...a11y(label),
    'aria-invalid': mine ? 'true' : 'false',
  };
  return (
    <View className={`field ${mine ? 'field--error' : ''}`} id={`field-${path.replace(/\./g, '-')}`}>
      <Text className='field__label'>{label}</Text>
      {multiline ? <Textarea {...props} maxlength={2000} /> : <Input {...props} maxlength={100} />}
      {mine ? <Text className='field__error' {...roleOf('alert')}>{mine}</Text> : null}
    </View>
  );
}

/**
 * The sheet's submit button, with the error that names no field right above it.
 * @example <Submit label='确认办结' busy={busy} error={error} onClick={go} />
 */
export function Submit({ label, busy, error, onClick, danger }: { label: string; busy: boolean; error?: ApiError; onClick: () => void; danger?: boolean }) {
  return (
    <View>
      {error ? <Text className='bar__error' {...roleOf('alert')}>{error.message}</Text> : null}
      <Button className={`btn ${danger ? 'btn--danger' : 'btn--primary'}`} {...(busy ? { disabled: true } : {})} onClick={onClick} {...a11y(label, 'button')}>{busy ? '正在提交…' : label}</Button>
    </View>
  );
}

/**
 * A yes/no switch as two big buttons (the chosen one filled and marked ✓).
 * @example <YesNo label='不属于本站职能？' value={out} onChange={setOut} yes='是，告知去向' no='不是' />
 */
export function YesNo({ label, value, onChange, yes, no }: { label: string; value: boolean; onChange: (v: boolean) => void; yes: string; no: string }) {
  return (
    <View className='field'>
      <Text className='field__label'>{label}</Text>
      <View className='toggle' {...roleOf('radiogroup', { 'aria-label': label })}>
        <Button className={`btn ${!value ? 'btn--on' : ''}`} onClick={() => onChange(false)} aria-checked={!value ? 'true' : 'false'} {...a11y(no, 'radio')}>{!value ? '✓ ' : ''}{no}</Button>
        <Button className={`btn ${value ? 'btn--on' : ''}`} onClick={() => onChange(true)} aria-checked={value ? 'true' : 'false'} {...a11y(yes, 'radio')}>{value ? '✓ ' : ''}{yes}</Button>
      </View>
    </View>
  );
}
