import { View } from '@tarojs/components';
import type { FormError } from '../../../components/form/field-errors';
import type { Booker } from '../../../shared/appointments';
import { errorAt } from '../../../components/form/errorAt';
import { Field } from './Field';
import { PhoneField } from '../../../components/form/PhoneField';

/** The booker's name and phone while they are typed. */
export interface BookerDraft {
  name: string;
  phone: string;
}

/**
 * The `booker` to send: the parts filled in, nothing when both are empty.
 * @example bookerOf({ name: ' 陈大爷 ', phone: '' }) // { name: '陈大爷' }
 */
export function bookerOf(draft: BookerDraft): Booker | undefined {
  const name = draft.name.trim();
  const phone = draft.phone.trim();
  if (!name && !phone) return undefined;
  return { ...(name ? { name } : {}), ...(phone ? { phone } : {}) };
}

/**
 * 「您的姓名」 (prefilled with the profile's name) and 「您的电话（可以不填）」 (prefilled with the
 * phone of the last booking on this phone), so staff know who is coming and can call back.
 * @example <BookerFields value={draft} onChange={setDraft} error={error} />
 */
export function BookerFields({ value, onChange, error }: {
  value: BookerDraft;
  onChange: (next: BookerDraft) => void;
  error?: FormError;
}) {
  return (
    <View className='card'>
      <Field label='您的姓名' path='booker.name' value={value.name} onChange={(name) => onChange({ ...value, name })} error={errorAt(error, 'booker.name')} />
      <PhoneField label='您的电话（可以不填）' path='booker.phone' value={value.phone} onChange={(phone) => onChange({ ...value, phone })}
        hint='有变动时，工作人员会打这个电话联系您' error={errorAt(error, 'booker.phone')} />
    </View>
  );
}
