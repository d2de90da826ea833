import { useRef, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../../api/types';
import type { RatingAspect, RatingLevel, RatingSubject, RatingView } from '../../../../../shared/ratings';
import { a11y, roleOf } from '../../../../../ui/a11y';
import { Field } from '../../../components/Field';
import { newRequestId } from '../../../components/tickets-api';
import { errorAt } from '../../../../../components/form/errorAt';
import { AspectChips } from './AspectChips';
import { rate } from './api';
import { LevelChoices } from './LevelChoices';

/**
 * The rating form: three big choices, optional aspects and comment, and 「提交评价」 in the bottom
 * bar. One request id per form, so a retried tap rates once. CONFLICT (rated meanwhile, e.g. by
 * staff at the window) calls `onConflict` to show the rating that exists.
 * @example <RateForm subject={s} onRated={setRating} onConflict={reload} />
 */
export function RateForm({ subject, onRated, onConflict }: { subject: RatingSubject; onRated: (r: RatingView) => void; onConflict: () => void }) {
  const requestId = useRef(newRequestId());
  const [level, setLevel] = useState<RatingLevel | ''>('');
  const [aspects, setAspects] = useState<RatingAspect[]>([]);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const submit = async () => {
    if (busy) return;
    if (!level) return setError({ code: 'VALIDATION', message: '请先选一项：满意、基本满意或不满意', field: 'level' });
    setBusy(true);
    setError(undefined);
    const res = await rate({ subject, level, aspects, comment, requestId: requestId.current });
    setBusy(false);
    if (res.ok) return onRated(res.data.rating);
    if (res.error.code === 'CONFLICT') return onConflict();
    setError(res.error);
  };
  const general = error && !errorAt(error, 'level') && !errorAt(error, 'comment') ? error.message : '';
  return (
    <View>
      <LevelChoices value={level} onChange={(v) => { setLevel(v); setError(undefined); }} error={errorAt(error, 'level')} />
      <AspectChips value={aspects} onChange={setAspects} />
      <Field label='还想说的话（可以不填）' path='comment' value={comment} onChange={setComment} multiline error={errorAt(error, 'comment')} />
      <View className='bar'>
        {general ? <Text className='bar__error' {...roleOf('alert')}>{general}</Text> : null}
        {!general && errorAt(error, 'level') ? <Text className='bar__error' {...roleOf('alert')}>请先在上面选一项</Text> : null}
        <Button className='btn btn--primary' {...(busy ? { disabled: true } : {})} onClick={() => void submit()} {...a11y('提交评价', 'button')}>
          {busy ? '正在提交…' : '提交评价'}
        </Button>
      </View>
    </View>
  );
}
