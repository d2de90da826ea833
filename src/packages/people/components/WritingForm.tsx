import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { Field } from '../../../components/form/Field';
import { STUDY_WRITING_LABELS, type StudyWritingKind } from '../../../shared/people';
import { heading, roleOf } from '../../../ui/a11y';
import { studyWrite } from '../api';
import { Choice } from './Choice';
import { newRequestId } from './request-id';
import { useSubmit } from './useSubmit';

/**
 * A 学习笔记 or 调研文章 as text (rule 十(三)3: 认真做笔记，定期写出理论调研文章).
 * @example <WritingForm today='2026-11-26' onDone={reload} />
 */
export function WritingForm({ today, onDone }: { today: string; onDone: (text: string) => void }) {
  const [kind, setKind] = useState<StudyWritingKind>('note');
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [requestId, setRequestId] = useState(() => newRequestId());
  const { submit, busy, at, other } = useSubmit();
  const save = () => void submit(() => studyWrite({ requestId, kind, date: today, title, text }), () => {
    onDone(`${STUDY_WRITING_LABELS[kind]}「${title}」已保存`);
    setTitle(''); setText(''); setRequestId(newRequestId());
  });
  return (
    <View className='card'>
      <Text className='h2' {...heading(2)}>学习笔记、调研文章</Text>
      <Choice label='类别' options={Object.entries(STUDY_WRITING_LABELS) as [StudyWritingKind, string][]} value={kind} onChange={setKind} />
      <Field label='题目' path='title' value={title} onChange={setTitle} maxLength={60} error={at('title')} />
      <Field label='正文' path='text' value={text} onChange={setText} multiline maxLength={20000} error={at('text')} />
      {other(['title', 'text']) ? <Text className='bar__error' {...roleOf('alert')}>{other(['title', 'text'])}</Text> : null}
      <Button className='btn' disabled={busy || undefined} onClick={save}>保存</Button>
    </View>
  );
}
