import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { generalMessage, type FormError } from '../../../components/form/field-errors';
import { newRequestId } from '../request-id';
import { dayText } from '../slots-text';
import { BackButton } from './BackButton';
import { Choice } from './Choice';
import { errorAt } from '../../../components/form/errorAt';
import { Field } from './Field';
import { Notice } from './Notice';
import { StepHeader } from './StepHeader';

/** At most this many preferred days (contract: 1–5). */
export const MAX_PREFERRED = 5;

/**
 * Home visit, last step: which days suit (working days only, up to five) and, in a few words,
 * what it is about; then 「提交申请」. The request id is made once when this screen opens.
 * @example <WishStep of={4} days={['2026-11-27']} today='2026-11-26' … onSubmit={(id) => send(id)} />
 */
export function WishStep({ of, days, today, chosen, onToggle, description, onDescription, busy, error, onSubmit, onBack }: {
  of: number;
  days: string[] | null;
  today: string;
  chosen: string[];
  onToggle: (day: string) => void;
  description: string;
  onDescription: (v: string) => void;
  busy: boolean;
  error?: FormError;
  onSubmit: (requestId: string) => void;
  onBack: () => void;
}) {
  const [requestId] = useState(() => newRequestId());
  const full = chosen.length >= MAX_PREFERRED;
  return (
    <View>
      <StepHeader step={4} of={of} title='哪几天方便？' hint={`可以选几天（最多 ${MAX_PREFERRED} 天），工作人员会打电话约定具体时间。`} />
      <View id='field-preferredDays'>
        {days === null ? <Text className='text'>正在查询工作日…</Text> : null}
        {(days ?? []).map((d) => {
          const on = chosen.includes(d);
          return <Choice key={d} label={dayText(d, today)} sub={on ? '已选' : full ? '最多选 5 天' : undefined} selected={on} disabled={!on && full} onPick={() => onToggle(d)} />;
        })}
        {errorAt(error, 'preferredDays') ? <Text className='field__error'>{errorAt(error, 'preferredDays')}</Text> : null}
      </View>
      <View className='card'>
        <Field label='简单说说是什么事' path='description' multiline value={description} onChange={onDescription}
          placeholder='如：想立遗嘱，腿脚不便' error={errorAt(error, 'description')} />
      </View>
      <Notice text={generalMessage(error)} />
      <Button className='btn btn--primary' disabled={busy || undefined} onClick={() => onSubmit(requestId)}>{busy ? '正在提交…' : '提交申请'}</Button>
      <BackButton onBack={onBack} />
    </View>
  );
}
