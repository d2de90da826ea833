import { Text, View } from '@tarojs/components';
import { PhoneButton } from '../../../components/PhoneButton';
import { STATION_PHONE } from '../../../shared/appointments';
import { heading, roleOf } from '../../../ui/a11y';
import { BackButton } from './BackButton';

/**
 * Why a home visit cannot be booked online (the server's own explanation), and a big button to
 * call the station instead — rule 一(四)3: home visits are booked by phone, and the phone stays.
 * @example <CallInstead message={error.message} onBack={() => setStep('basis')} />
 */
export function CallInstead({ message, onBack }: { message: string; onBack: () => void }) {
  return (
    <View>
      <Text className='title' {...heading(1)}>请打电话联系工作站</Text>
      <View className='bk-attention' {...roleOf('alert')}><Text>{message}</Text></View>
      <View className='bk-call-big'>
        <PhoneButton phone={{ label: '工作站电话（上门服务）', number: STATION_PHONE }} />
      </View>
      <Text className='text'>也可以直接到工作站办理，所有法律服务一律免费。</Text>
      <BackButton onBack={onBack} label='重新选择' />
    </View>
  );
}
