import { useRef, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../../api/types';
import { MAX_FOLLOW_UPS, type RatingView } from '../../../../../shared/ratings';
import { a11y, roleOf } from '../../../../../ui/a11y';
import { Field } from '../../../components/Field';
import { errorAt } from '../../../../../components/form/errorAt';
import { addComment } from './api';
import { newRequestId } from '../../../components/tickets-api';

/**
 * 「追加评论」 under a given rating: a text box and a big button; the rating itself stays as it was.
 * Hidden once the rating has {@link MAX_FOLLOW_UPS} follow-ups.
 * @example <FollowUpForm rating={r} onAdded={setRating} />
 */
export function FollowUpForm({ rating, onAdded }: { rating: RatingView; onAdded: (r: RatingView) => void }) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [done, setDone] = useState(false);
  const requestId = useRef(newRequestId());
  if (rating.followUps.length >= MAX_FOLLOW_UPS) return <Text className='muted'>已追加 {MAX_FOLLOW_UPS} 条评论，不能再追加了。有事请打工作站电话。</Text>;
  const send = async () => {
    if (busy) return;
    if (!text.trim()) return setError({ code: 'VALIDATION', message: '请先写下要追加的话', field: 'text' });
    setBusy(true);
    setError(undefined);
    const res = await addComment(rating.id, text, requestId.current);
    setBusy(false);
    if (!res.ok) return setError(res.error);
    requestId.current = newRequestId(); // the next comment is a new one
    setText('');
    setDone(true);
    onAdded(res.data.rating);
  };
  return (
    <View className='card'>
      {done ? <Text className='text strong' {...roleOf('status')}>✓ 已追加评论</Text> : null}
      <Field label='追加评论' path='text' value={text} onChange={(v) => { setText(v); setDone(false); }} multiline
        hint='还有想补充的话，可以写在这里（评价本身不会改变）' error={errorAt(error, 'text')} />
      {error && !errorAt(error, 'text') ? <Text className='bar__error' {...roleOf('alert')}>{error.message}</Text> : null}
      <Button className='btn btn--primary' {...(busy ? { disabled: true } : {})} onClick={() => void send()} {...a11y('提交追加评论', 'button')}>
        {busy ? '正在提交…' : '提交追加评论'}
      </Button>
    </View>
  );
}
