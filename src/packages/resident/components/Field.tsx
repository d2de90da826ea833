import { Field as FormField, type FieldProps } from '../../../components/form/Field';

/**
 * The shared form field as residents see it: the hint before the box (read before typing) and
 * limits that fit (a phone number 11 digits, a name or short answer 40, a long text 2000).
 * @example <Field label='您的电话' path='phone' value={phone} onChange={setPhone} error={errorAt(err, 'phone')} type='number' />
 */
export function Field(props: Omit<FieldProps, 'maxLength' | 'hintFirst' | 'type'> & { type?: 'text' | 'number' }) {
  const maxLength = props.multiline ? 2000 : props.type === 'number' ? 11 : 40;
  return <FormField {...props} type={props.type ?? 'text'} hintFirst maxLength={maxLength} />;
}
