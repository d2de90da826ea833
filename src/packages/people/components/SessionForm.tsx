import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { Field } from '../../../components/form/Field';
import type { StudyProgressItem } from '../../../shared/people';
import { a11y, heading, roleOf } from '../../../ui/a11y';
import { studySession } from '../api';
import { Choice } from './Choice';
import { newRequestId } from './request-id';
import { useSubmit } from './useSubmit';

type Mark = 'present' | 'absent';

/**
 * The organiser records a 集中学习 (or the 集中业务培训) once, with who attended and who was absent
 * and why (rule 十(三)4: 集中学习时做到不请假).
 * @example <SessionForm people={items} today='2026-11-26' onDone={reload} />
 */
export function SessionForm({ people, today, onDone }: { people: StudyProgressItem[]; today: string; onDone: (text: string) => void }) {
  const [kind, setKind] = useState<'group' | 'central'>('group');
  const [date, setDate] = useState(today);
  const [hours, setHours] = useState('');
  const [topic, setTopic] = useState('');
  const [marks, setMarks] = useState<Record<string, Mark>>(() => Object.fromEntries(people.map((p) => [p.staffId, 'present' as Mark])));
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [requestId, setRequestId] = useState(() => newRequestId());
  const { submit, busy, at, other } = useSubmit();
  const flip = (id: string) => setMarks((m) => ({ ...m, [id]: m[id] === 'present' ? 'absent' : 'present' }));
  const save = () => void submit(() => studySession({
    requestId, kind, date, hours: Number(hours), topic,
    attendeeIds: people.filter((p) => marks[p.staffId] !== 'absent').map((p) => p.staffId),
    absentees: people.filter((p) => marks[p.staffId] === 'absent').map((p) => ({ staffId: p.staffId, reason: reasons[p.staffId] ?? '' })),
  }), () => {
    onDone(`已登记 ${date} ${kind === 'central' ? '集中业务培训' : '集中学习'}，每位出席人员记 ${hours} 学时`);
    setTopic(''); setHours(''); setRequestId(newRequestId());
  });
  return (
    <View className='card'>
      <Text className='h2' {...heading(2)}>登记集中学习（组织人）</Text>
      <Choice label='类别' options={[['group', '集中学习'], ['central', '集中业务培训']]} value={kind} onChange={setKind} />
      <Field label='学习日期' path='date' value={date} onChange={setDate} error={at('date')} />
      <Field label='学时' path='hours' type='number' value={hours} onChange={setHours} error={at('hours')} />
      <Field label='学习内容' path='topic' value={topic} onChange={setTopic} maxLength={100} error={at('topic')} />
      <Text className='field__label'>出席情况（点一下切换）</Text>
      {people.map((p) => (
        <View key={p.staffId}>
          <View className={`btn ${marks[p.staffId] === 'absent' ? '' : 'btn--on'}`} aria-checked={marks[p.staffId] === 'absent' ? 'false' : 'true'} onClick={() => flip(p.staffId)} {...a11y(`${p.name}：${marks[p.staffId] === 'absent' ? '缺席' : '出席'}`, 'checkbox')}>
            <Text>{marks[p.staffId] === 'absent' ? '✗ 缺席' : '✓ 出席'}：{p.name}</Text>
          </View>
          {marks[p.staffId] === 'absent' ? <Field label={`${p.name} 缺席事由`} path={`absent-${p.staffId}`} value={reasons[p.staffId] ?? ''} onChange={(v) => setReasons((r) => ({ ...r, [p.staffId]: v }))} /> : null}
        </View>
      ))}
      {other(['date', 'hours', 'topic']) ? <Text className='bar__error' {...roleOf('alert')}>{other(['date', 'hours', 'topic'])}</Text> : null}
      <Button className='btn btn--primary' disabled={busy || undefined} onClick={save}>保存集中学习记录</Button>
    </View>
  );
}
