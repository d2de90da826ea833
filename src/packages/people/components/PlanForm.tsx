import { useEffect, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { Field } from '../../../components/form/Field';
import { heading, roleOf } from '../../../ui/a11y';
import { studyPlan } from '../api';
import { useSubmit } from './useSubmit';

/**
 * 个人学习计划 for the year (rule 十(三)1), saved as a whole.
 * @example <PlanForm year={2026} initial='每月学习一部法律' onDone={setDone} />
 */
export function PlanForm({ year, initial, onDone }: { year: number; initial: string; onDone: (text: string) => void }) {
  const [text, setText] = useState(initial);
  useEffect(() => setText(initial), [initial]);
  const { submit, busy, at, other } = useSubmit();
  return (
    <View className='card'>
      <Text className='h2' {...heading(2)}>{year}年 个人学习计划</Text>
      <Field label='个人学习计划' path='text' value={text} onChange={setText} multiline maxLength={3000} error={at('text')} />
      {other(['text']) ? <Text className='bar__error' {...roleOf('alert')}>{other(['text'])}</Text> : null}
      <Button className='btn' disabled={busy || undefined} onClick={() => void submit(() => studyPlan(year, text), () => onDone('学习计划已保存'))}>保存学习计划</Button>
    </View>
  );
}
