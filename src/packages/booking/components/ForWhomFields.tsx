import { Button, Text, View } from '@tarojs/components';
import type { FormError } from '../../../components/form/field-errors';
import type { ForWhom } from '../../../shared/appointments';
import { errorAt } from '../../../components/form/errorAt';
import { Field } from './Field';
import { PhoneField } from '../../../components/form/PhoneField';

/** The family member's details while they are being typed. */
export interface ForWhomDraft extends ForWhom {
  on: boolean;
}

export const NO_ONE_ELSE: ForWhomDraft = { on: false, name: '', relation: '', phone: '' };

/**
 * The `forWhom` to send: undefined when booking for oneself.
 * @example forWhomOf({ on: true, name: ' 王秀英 ', relation: '母亲', phone: '13900001111' }) // { name: '王秀英', … }
 */
export function forWhomOf(draft: ForWhomDraft): ForWhom | undefined {
  if (!draft.on) return undefined;
  return { name: draft.name.trim(), relation: draft.relation.trim(), phone: draft.phone.trim() };
}

/**
 * 「给自己预约 / 替家人预约」; for a family member, their name, how they are related and their
 * phone (recorded as who booked for whom).
 * @example <ForWhomFields value={draft} onChange={setDraft} error={error} selfName='陈大爷' />
 */
export function ForWhomFields({ value, onChange, error, selfName, verb = '预约' }: {
  value: ForWhomDraft;
  onChange: (next: ForWhomDraft) => void;
  error?: FormError;
  selfName?: string;
  verb?: string;
}) {
  const set = (patch: Partial<ForWhomDraft>) => onChange({ ...value, ...patch });
  return (
    <View className='card'>
      <Text className='h2'>给谁{verb}？</Text>
      <View className='toggle'>
        <Button className={`btn ${!value.on ? 'btn--on' : ''}`} aria-pressed={!value.on ? 'true' : 'false'} onClick={() => set({ on: false })}>{!value.on ? '✓ ' : ''}给自己</Button>
        <Button className={`btn ${value.on ? 'btn--on' : ''}`} aria-pressed={value.on ? 'true' : 'false'} onClick={() => set({ on: true })}>{value.on ? '✓ ' : ''}替家人{verb}</Button>
      </View>
      {!value.on && selfName ? <Text className='text'>{verb}人：{selfName}</Text> : null}
      {value.on ? (
        <View>
          <Field label='家人姓名' path='forWhom.name' value={value.name} onChange={(name) => set({ name })} error={errorAt(error, 'forWhom.name')} />
          <Field label='家人是您的' path='forWhom.relation' value={value.relation} onChange={(relation) => set({ relation })} placeholder='如：父亲、母亲' error={errorAt(error, 'forWhom.relation')} />
          <PhoneField label='家人的电话' path='forWhom.phone' value={value.phone} onChange={(phone) => set({ phone })} error={errorAt(error, 'forWhom.phone')} />
        </View>
      ) : null}
    </View>
  );
}
