import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { Field } from '../../../components/form/Field';
import { STUDY_KIND_LABELS, type StudyKind } from '../../../domain/people';
import { heading, roleOf } from '../../../ui/a11y';
import { studyLog } from '../api';
import { Choice } from './Choice';
import { newRequestId } from './request-id';
import { useSubmit } from './useSubmit';

const KINDS = Object.entries(STUDY_KIND_LABELS) as [StudyKind, string][];

/**
 * 记学时: the person records study they did (date, hours ≤ 12 a day, what was studied).
 * @example <StudyLogForm today='2026-11-26' onDone={reload} />
 */
export function StudyLogForm({ today, onDone }: { today: string; onDone: (text: string) => void }) {
  const [kind, setKind] = useState<StudyKind>('self');
  const [date, setDate] = useState(today);
  const [hours, setHours] = useState('');
  const [topic, setTopic] = useState('');
  const [requestId, setRequestId] = useState(() => newRequestId());
  const { submit, busy, at, other } = useSubmit();
  const save = () => void submit(() => studyLog({ requestId, kind, date, hours: Number(hours), topic }), (d) => {
    onDone(`已记 ${d.record.date} ${STUDY_KIND_LABELS[d.record.kind]} ${d.record.hours} 学时`);
    setHours(''); setTopic(''); setRequestId(newRequestId());
  });
  return (
    <View className='card'>
      <Text className='h2' {...heading(2)}>记学时</Text>
      <Choice label='学习类别' options={KINDS} value={kind} onChange={setKind} />
      <Field label='学习日期' path='date' value={date} onChange={setDate} hint='不能晚于今天，格式：2026-11-20' error={at('date')} />
      <Field label='学时' path='hours' type='number' value={hours} onChange={setHours} hint='按半小时记，例如 1.5；一天最多 12 学时' error={at('hours')} />
      <Field label='学习内容' path='topic' value={topic} onChange={setTopic} maxLength={100} error={at('topic')} />
      {other(['date', 'hours', 'topic']) ? <Text className='bar__error' {...roleOf('alert')}>{other(['date', 'hours', 'topic'])}</Text> : null}
      <Button className='btn btn--primary' disabled={busy || undefined} onClick={save}>保存学时</Button>
    </View>
  );
}
