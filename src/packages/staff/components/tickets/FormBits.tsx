import { Button, Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../api/types';
import { Field, type FieldProps } from '../../../../components/form/Field';
import { errorAt } from '../../../../components/form/errorAt';
import { a11y, roleOf } from '../../../../ui/a11y';

/**
 * A labelled text box for the action sheets (multiline unless told otherwise); takes the whole
 * `ApiError` and shows its message under the box when `error.field` names `path`.
 * @example <Box label='办理结果' path='result' value={v} onChange={setV} error={error} />
 */
export function Box({ error, multiline = true, ...rest }: Omit<FieldProps, 'error' | 'maxLength' | 'autoHeight' | 'multiline' | 'hint' | 'hintFirst' | 'type'> & {
  error?: ApiError;
  multiline?: boolean;
}) {
  return <Field {...rest} multiline={multiline} error={errorAt(error, rest.path)} maxLength={multiline ? 2000 : 100} autoHeight={false} />;
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
