import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { heading, roleOf } from '../../../ui/a11y';
import { addReminder } from '../reminders';
import { MINE_URL } from '../urls';
import { Facts } from './Facts';

/**
 * The last screen: 「预约成功」, when and where in large type, 「加到提醒」, and the way to 我的预约.
 * @example <DoneStep kind='office' title='预约成功' rows={[['日期', '11月27日（周五）']]} />
 */
export function DoneStep({ title, rows, tip, kind }: { title: string; rows: [string, string][]; tip?: string; kind: 'office' | 'homeVisit' }) {
  const [reminder, setReminder] = useState('');
  const [asking, setAsking] = useState(false);
  const remind = async () => {
    setAsking(true);
    setReminder(await addReminder(kind));
    setAsking(false);
  };
  return (
    <View>
      <Text className='bk-done' {...heading(1)}>✓ {title}</Text>
      <Facts rows={rows} />
      {tip ? <Text className='text'>{tip}</Text> : null}
      <Button className='btn btn--primary' disabled={asking || undefined} onClick={() => void remind()}>加到提醒</Button>
      {reminder ? <Text className='text' {...roleOf('status')}>{reminder}</Text> : null}
      <Button className='btn' onClick={() => void Taro.redirectTo({ url: MINE_URL })}>查看我的预约</Button>
      <Button className='btn' onClick={() => void Taro.reLaunch({ url: '/pages/index/index' })}>回到首页</Button>
    </View>
  );
}
