import { Button, View } from '@tarojs/components';
import type { FormError } from '../../../components/form/field-errors';
import { BackButton } from './BackButton';
import { errorAt } from '../../../components/form/errorAt';
import { Field } from './Field';
import { PhoneField } from '../../../components/form/PhoneField';
import { StepHeader } from './StepHeader';

/**
 * Home visit, step 3: where to come and which phone to call (prefilled from the last request).
 * @example <ContactStep of={4} address={a} phone={p} onAddress={setA} onPhone={setP} onNext={next} onBack={back} />
 */
export function ContactStep({ of, address, phone, onAddress, onPhone, error, onNext, onBack }: {
  of: number;
  address: string;
  phone: string;
  onAddress: (v: string) => void;
  onPhone: (v: string) => void;
  error?: FormError;
  onNext: () => void;
  onBack: () => void;
}) {
  return (
    <View>
      <StepHeader step={3} of={of} title='到哪里上门？打哪个电话？' />
      <View className='card'>
        <Field label='上门地址' path='address' value={address} onChange={onAddress} placeholder='如：西山镇某某村3组12号' error={errorAt(error, 'address')} />
        <PhoneField label='联系电话' path='phone' value={phone} onChange={onPhone} hint='工作人员会打这个电话约时间' error={errorAt(error, 'phone')} />
      </View>
      <Button className='btn btn--primary' onClick={onNext}>下一步</Button>
      <BackButton onBack={onBack} />
    </View>
  );
}
