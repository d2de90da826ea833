import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { TicketStaffView } from '../../../../shared/tickets';
import { a11y, heading } from '../../../../ui/a11y';

/**
 * Who to answer: full name and a tap-to-call button for the staff who handle the ticket; masked
 * for others; nothing about the complainant for the person complained about.
 * @example <ContactCard t={ticket} />
 */
export function ContactCard({ t }: { t: TicketStaffView }) {
  const c = t.contact;
  const call = (phone: string) => void Taro.makePhoneCall({ phoneNumber: phone.replace(/[^\d+]/g, '') }).catch(() => undefined);
  return (
    <View className='card'>
      <Text className='h2' {...heading(2)}>{t.type === 'complaint' ? '投诉人' : '联系人'}</Text>
      {t.contactHidden === 'respondent' ? <Text className='text'>您是被投诉人，看不到投诉人的信息。</Text> : null}
      {c ? (
        <View>
          <Text className='text'>{c.name || '（没有留姓名）'}</Text>
          {c.phone ? (
            <Button className='btn btn--call' onClick={() => call(c.phone as string)} {...a11y(`拨打电话：${c.phone}`, 'button')}>
              <Text className='nowrap'>拨打电话 {c.phone}</Text><Text aria-hidden='true'>☎</Text>
            </Button>
          ) : <Text className='muted'>没有留电话{t.online ? '，可在这里回复，居民在小程序里看到。' : '。'}</Text>}
          <Text className='muted'>查看联系方式已记录。</Text>
        </View>
      ) : null}
      {!c && t.contactHidden === 'notHandler' ? (
        <View>
          <Text className='text'>{[t.contactMasked.name, t.contactMasked.phone].filter(Boolean).join(' ') || '（没有留联系方式）'}</Text>
          <Text className='muted'>只有办理人能看到完整姓名和电话。</Text>
        </View>
      ) : null}
    </View>
  );
}
