import { Text, View } from '@tarojs/components';
import type { StationInfo } from '../../shared/content';
import { PhoneButton } from '../PhoneButton';
import { TextWithPhones } from '../PhoneText';
import { Section } from '../Section';

const PHONE = /0\d{2,3}-?\d{7,8}|1\d{10}/;

/**
 * 投诉渠道 (rule 八（三）): every channel with its detail; a channel whose detail holds a phone
 * number gets a tap-to-call button. Complaints are answered within 5 working days.
 * @example <ComplaintSection channels={station.complaintChannels} />
 */
export function ComplaintSection({ channels }: { channels: StationInfo['complaintChannels'] }) {
  return (
    <Section title='投诉与意见' id='complaints'>
      {channels.map((c) => {
        const phone = PHONE.exec(c.detail)?.[0];
        return (
          <View key={c.channel} className='list-item'>
            <Text className='text strong'>{c.channel}</Text>
            {phone && c.detail.trim() === phone ? null : <Text className='text'><TextWithPhones text={c.detail} /></Text>}
            {phone ? <PhoneButton phone={{ label: c.channel, number: phone }} /> : null}
          </View>
        );
      })}
      <Text className='muted'>投诉受理后5个工作日内答复。</Text>
    </Section>
  );
}
