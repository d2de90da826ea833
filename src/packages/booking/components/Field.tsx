import { Field as FormField, type FieldProps } from '../../../components/form/Field';

/**
 * The shared form field with the booking form's limits (64 characters, 300 in a text box) and
 * plain text by default.
 * @example <Field label='联系电话' path='phone' type='number' value={phone} onChange={setPhone} error={errorAt(err, 'phone')} />
 */
export function Field(props: Omit<FieldProps, 'maxLength'>) {
  return <FormField {...props} type={props.type ?? 'text'} maxLength={props.multiline ? 300 : 64} />;
}
