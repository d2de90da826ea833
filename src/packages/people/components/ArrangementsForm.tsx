import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { Field } from '../../../components/form/Field';
import type { StudyArrangement } from '../../../shared/people';
import { a11y, heading, roleOf } from '../../../ui/a11y';
import { callFunction } from '../../../api/call';
import { useSubmit } from './useSubmit';

/**
 * 工作站部署 for the year (rule 十(三)1: 工作站要有部署): topics and dates, added or removed one
 * at a time; the whole list is saved each time.
 * @example <ArrangementsForm year={2026} items={reg.arrangements} onDone={reload} />
 */
export function ArrangementsForm({ year, items, onDone }: { year: number; items: StudyArrangement[]; onDone: (text: string) => void }) {
  const [date, setDate] = useState('');
  const [topic, setTopic] = useState('');
  const { submit, busy, at, other } = useSubmit();
  const save = (next: StudyArrangement[], text: string) =>
    void submit(() => callFunction<unknown>('people', { action: 'studyArrangements', year, items: next }), () => { setDate(''); setTopic(''); onDone(text); });
  return (
    <View className='card'>
      <Text className='h2' {...heading(2)}>{year}年 工作站学习部署</Text>
      {items.map((a, i) => (
        <View key={`${a.date}-${i}`} className='pp-row list-item'>
          <Text className='text'>{a.date} {a.topic}</Text>
          <Button className='btn btn--small' onClick={() => save(items.filter((_, j) => j !== i), `已删除 ${a.date} ${a.topic}`)} {...a11y(`删除 ${a.date} ${a.topic}`)}>删除</Button>
        </View>
      ))}
      <Field label='日期' path='items.date' value={date} onChange={setDate} hint='格式：2026-03-10' error={at(`items.${items.length}.date`)} />
      <Field label='学习主题' path='items.topic' value={topic} onChange={setTopic} maxLength={100} error={at(`items.${items.length}.topic`)} />
      {other([`items.${items.length}.date`, `items.${items.length}.topic`]) ? <Text className='bar__error' {...roleOf('alert')}>{other([`items.${items.length}.date`, `items.${items.length}.topic`])}</Text> : null}
      <Button className='btn' disabled={busy || undefined} onClick={() => save([...items, { date, topic }], `已加入部署：${date} ${topic}`)}>加入部署</Button>
    </View>
  );
}
