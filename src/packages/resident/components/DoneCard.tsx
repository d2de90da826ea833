import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { TicketView } from '../../../shared/tickets';
import { a11y, heading, roleOf } from '../../../ui/a11y';
import { MY_TICKETS_URL, myTicketUrl } from './links';
import { RESIDENT_TYPE_NAMES } from './words';

/**
 * 「已提交」: what was filed, the promise (e.g. 「5 个工作日内答复」) and the date it means, and
 * the ways on: this matter, all my matters, the home page.
 * @example <DoneCard ticket={t} promise='5 个工作日内答复' dueLine='最晚 12月3日（周四）前答复您' />
 */
export function DoneCard({ ticket, promise, dueLine, dueFlag, subscribeNote }: {
  ticket: TicketView;
  promise?: string;
  dueLine?: string;
  /** 「2027年节假日安排尚未公布，日期可能调整」 beside a date in a year without its notice. */
  dueFlag?: string;
  subscribeNote?: string;
}) {
  const go = (url: string) => void Taro.redirectTo({ url });
  return (
    <View>
      <View className='done' {...roleOf('status')}>
        <Text className='done__big' {...heading(1)}>✓ 已提交，工作站已收到</Text>
        <Text className='text'>您的{RESIDENT_TYPE_NAMES[ticket.type]}已经登记，工作人员会尽快处理。</Text>
        {promise ? <Text className='done__line'>{promise}</Text> : null}
        {dueLine ? <Text className='done__line'>{dueLine}</Text> : null}
        {dueFlag ? <Text className='text'>（{dueFlag}）</Text> : null}
      </View>
      {subscribeNote ? <Text className='muted'>{subscribeNote}</Text> : null}
      <Text className='muted'>答复会显示在「我的事项」里，也可以打工作站电话询问进度。</Text>
      <Button className='btn btn--primary' onClick={() => go(myTicketUrl(ticket.id))} {...a11y('查看这件事的进度', 'button')}>查看这件事的进度</Button>
      <Button className='btn' onClick={() => go(MY_TICKETS_URL)} {...a11y('我的全部事项', 'button')}>我的全部事项</Button>
      <Button className='btn' onClick={() => void Taro.reLaunch({ url: '/pages/index/index' })} {...a11y('回到首页', 'button')}>回到首页</Button>
    </View>
  );
}
