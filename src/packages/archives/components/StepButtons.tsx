import { useState } from 'react';
import { namedBox } from '../../../components/form/TextBox';
import { Button, Input, Text, View } from '@tarojs/components';
import { STEP_LABELS, type ReviewStep, type VolumeView } from '../../../shared/archives';
import { a11y } from '../../../ui/a11y';

/**
 * The review and filing steps this reader may take now (the server says which), each a big button;
 * 退回补正 needs what is missing, written in the note.
 */
export function StepButtons({ v, busy, onStep }: { v: VolumeView; busy: boolean; onStep: (step: ReviewStep, note: string) => void }) {
  const [note, setNote] = useState('');
  const steps = v.steps.filter((s): s is ReviewStep => s in STEP_LABELS);
  if (!steps.length) return null;
  return (
    <View className='card'>
      <Text className='h2'>办理</Text>
      <View className='field'>
        <Text className='field__label'>{steps.includes('return') ? '说明（退回时必填：需补正的内容）' : '说明（可不填）'}</Text>
        <Input className='field__input' id='step-note' value={note} maxlength={200} onInput={(e) => setNote(e.detail.value)} {...namedBox('说明')} />
      </View>
      {steps.map((s) => (
        <Button key={s} id={`step-${s}`} className={s === 'return' ? 'btn btn--danger' : 'btn btn--primary'} {...(busy ? { disabled: true } : {})} onClick={() => onStep(s, note)}>{STEP_LABELS[s]}</Button>
      ))}
    </View>
  );
}
