import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { Field } from '../../../components/form/Field';
import { STUDY_REVIEW_LABELS, type StudyProgressItem, type StudyReviewKind } from '../../../shared/people';
import { heading, roleOf } from '../../../ui/a11y';
import { studyReview } from '../api';
import { Choice } from './Choice';
import { newRequestId } from './request-id';
import { useSubmit } from './useSubmit';

/**
 * The director records a 检查, 表扬 or 批评 of someone's study (rule 十(三)5).
 * @example <ReviewForm people={items} today='2026-11-26' onDone={reload} />
 */
export function ReviewForm({ people, today, onDone }: { people: StudyProgressItem[]; today: string; onDone: (text: string) => void }) {
  const [staffId, setStaffId] = useState(people[0]?.staffId ?? '');
  const [kind, setKind] = useState<StudyReviewKind>('check');
  const [text, setText] = useState('');
  const [requestId, setRequestId] = useState(() => newRequestId());
  const { submit, busy, at, other } = useSubmit();
  if (people.length === 0) return null;
  const save = () => void submit(() => studyReview({ requestId, staffId, kind, date: today, text }), () => {
    onDone(`已记录对 ${people.find((p) => p.staffId === staffId)?.name ?? ''} 的${STUDY_REVIEW_LABELS[kind]}`);
    setText(''); setRequestId(newRequestId());
  });
  return (
    <View className='card'>
      <Text className='h2' {...heading(2)}>检查、表扬、批评</Text>
      <Choice label='人员' options={people.map((p) => [p.staffId, p.name] as [string, string])} value={staffId} onChange={setStaffId} />
      <Choice label='类别' options={Object.entries(STUDY_REVIEW_LABELS) as [StudyReviewKind, string][]} value={kind} onChange={setKind} />
      <Field label='内容' path='text' value={text} onChange={setText} multiline maxLength={1000} error={at('text')} />
      {other(['text']) ? <Text className='bar__error' {...roleOf('alert')}>{other(['text'])}</Text> : null}
      <Button className='btn btn--primary' disabled={busy || undefined} onClick={save}>保存</Button>
    </View>
  );
}
