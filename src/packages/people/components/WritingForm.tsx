import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { Field } from '../../../components/form/Field';
import { STUDY_WRITING_LABELS, type StudyWritingKind } from '../../../shared/people';
import { heading, roleOf } from '../../../ui/a11y';
import { studyWrite } from '../api';
import { LetterPhotos, type LetterPhoto } from '../../../components/photos/LetterPhotos';
import { Choice } from './Choice';
import { newRequestId } from './request-id';
import { useSubmit } from './useSubmit';

/**
 * A 学习笔记 or 调研文章 as text with optional photos (rule 十(三)3: 认真做笔记，定期写出理论调研文章;
 * a handwritten note is photographed, each photo uploaded with its progress shown).
 * @example <WritingForm today='2026-11-26' onDone={reload} />
 */
export function WritingForm({ today, onDone }: { today: string; onDone: (text: string) => void }) {
  const [kind, setKind] = useState<StudyWritingKind>('note');
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [photos, setPhotos] = useState<LetterPhoto[]>([]);
  const [requestId, setRequestId] = useState(() => newRequestId());
  const { submit, busy, at, other } = useSubmit();
  const save = () => void submit(() => studyWrite({ requestId, kind, date: today, title, text, photoIds: photos.map((p) => p.fileId) }), () => {
    onDone(`${STUDY_WRITING_LABELS[kind]}「${title}」已保存`);
    setTitle(''); setText(''); setPhotos([]); setRequestId(newRequestId());
  });
  return (
    <View className='card'>
      <Text className='h2' {...heading(2)}>学习笔记、调研文章</Text>
      <Choice label='类别' options={Object.entries(STUDY_WRITING_LABELS) as [StudyWritingKind, string][]} value={kind} onChange={setKind} />
      <Field label='题目' path='title' value={title} onChange={setTitle} maxLength={60} error={at('title')} />
      <Field label='正文' path='text' value={text} onChange={setText} multiline maxLength={20000} error={at('text')} />
      <LetterPhotos value={photos} onChange={setPhotos} label='照片（可选：手写笔记、文章可拍照）' />
      {at('photoIds') ? <Text className='field__error' {...roleOf('alert')}>{at('photoIds')}</Text> : null}
      {other(['title', 'text', 'photoIds']) ? <Text className='bar__error' {...roleOf('alert')}>{other(['title', 'text', 'photoIds'])}</Text> : null}
      <Button className='btn' disabled={busy || undefined} onClick={save}>保存</Button>
    </View>
  );
}
