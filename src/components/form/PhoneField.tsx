import { PHONE_HINT } from '../../domain/phone';
import { Field, type FieldProps } from './Field';

/** The digits of a phone as typed or saved ('0791-83280002' → '079183280002'). */
export const phoneDigits = (v: string): string => v.replace(/\D/g, '');

/**
 * A phone box on the number keyboard that takes every digit of a mobile or a landline with its
 * area code (12 digits for 0791-83280002; never cut to 11). A saved number with a dash is shown
 * as its digits, which the one phone rule reads the same (src/domain/phone.ts).
 * @example <PhoneField label='您的电话' path='phone' value={phone} onChange={setPhone} error={errorAt(err, 'phone')} />
 */
export function PhoneField(props: Omit<FieldProps, 'type' | 'maxLength' | 'multiline'>) {
  return (
    <Field {...props} type='number' maxLength={12} value={phoneDigits(props.value)} onChange={(v) => props.onChange(phoneDigits(v))}
      placeholder={props.placeholder ?? '手机号，或座机带区号'} hint={props.hint ?? PHONE_HINT} />
  );
}
