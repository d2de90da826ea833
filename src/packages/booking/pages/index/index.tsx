import { Text, View } from '@tarojs/components';
import { EntryCard } from '../../../../components/EntryCard';
import { PhoneButton } from '../../../../components/PhoneButton';
import { Section } from '../../../../components/Section';
import { STATION_PHONE } from '../../../../shared/appointments';
import { heading } from '../../../../ui/a11y';
import { pageStyle } from '../../../../ui/font-scale';
import { BOOK_URL, HOME_VISIT_URL, MINE_URL } from '../../urls';
import '../../booking.css';

/** The booking hub: three big doors — come to the station, ask for a home visit, my bookings. */
export default function BookingHome() {
  return (
    <View className='page' style={pageStyle()}>
      <Text className='title' {...heading(1)}>预约</Text>
      <Text className='muted'>所有法律服务一律免费。</Text>
      <EntryCard title='预约到站' desc='选个时间来工作站办事，不用排队' url={BOOK_URL} />
      <EntryCard title='上门服务' desc='七十岁以上老人、重度残疾人，工作人员上门' url={HOME_VISIT_URL} />
      <EntryCard title='我的预约' desc='查看、改约或取消' url={MINE_URL} />
      <Section title='不方便用手机？'>
        <Text className='text'>打电话也可以预约，上门服务同样可以电话预约。</Text>
        <PhoneButton phone={{ label: '工作站电话', number: STATION_PHONE }} />
      </Section>
    </View>
  );
}
