import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../api/types';
import { callbackLink, parseSubjectParam, type RateResult, type RatingAspect, type RatingLevel, type RatingSubject } from '../../../../shared/ratings';
import { a11y, heading, roleOf } from '../../../../ui/a11y';
import { pageStyle } from '../../../../ui/font-scale';
import { errorAt } from '../../../../components/form/errorAt';
import { AspectChips } from '../../../resident/pages/rate/parts/AspectChips';
import { LevelChoices } from '../../../resident/pages/rate/parts/LevelChoices';
import { levelText } from '../../../resident/pages/rate/parts/words';
import { StaffGate } from '../../components/StaffGate';
import { Box } from '../../components/tickets/FormBits';
import { ChoiceField } from '../callbacks/parts/ChoiceField';
import { recordRating, type RecordRatingInput } from '../callbacks/parts/api';
import { CALLBACKS_URL } from '../callbacks/parts/words';
import { PickTicket } from './PickTicket';
import '../../components/tickets/tickets.css';
import '../../../resident/pages/rate/rate.css';

type Source = RecordRatingInput['source'];
const SOURCES = [{ value: 'windowDevice' as const, label: '窗口评价器' }, { value: 'phone' as const, label: '电话' }];

function Form({ initial }: { initial: RatingSubject | null }) {
  const [subject, setSubject] = useState<RatingSubject | null>(initial);
  const [source, setSource] = useState<Source | ''>('');
  const [level, setLevel] = useState<RatingLevel | ''>('');
  const [aspects, setAspects] = useState<RatingAspect[]>([]);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [done, setDone] = useState<RateResult | null>(null);
  const need = (field: string, message: string) => setError({ code: 'VALIDATION', message, field });
  const save = async () => {
    if (busy) return;
    if (!subject) return need('subject', '请先选是哪件事');
    if (!source) return need('source', '请选择评价来源：窗口评价器还是电话');
    if (!level) return need('level', '请选择居民的评价');
    setBusy(true);
    setError(undefined);
    const res = await recordRating({ subject, source, level, aspects, comment });
    setBusy(false);
    if (res.ok) setDone(res.data); else setError(res.error);
  };
  if (done) {
    return (
      <View className='page' style={pageStyle()}>
        <Text className='title' {...heading(1)} {...roleOf('status')}>✓ 已登记评价</Text>
        <Text className='text strong'>{done.rating.title}：{levelText(done.rating.level)}</Text>
        <Text className='muted'>来源：{done.rating.source === 'phone' ? '电话' : '窗口评价器'}</Text>
        {done.rating.selfRecorded ? <Text className='banner'>这件事由您本人经办，这条评价标为「本人登记」，在月度统计中单独计数。</Text> : null}
        {done.callbackTaskId ? <Text className='banner'>已生成回访任务，5 个工作日内必须回访。</Text> : null}
        {done.callbackTaskId ? <Button className='btn btn--primary' onClick={() => void Taro.redirectTo({ url: callbackLink(done.callbackTaskId!) })} {...a11y('打开这个回访任务', 'button')}>打开这个回访任务</Button> : null}
        <Button className='btn' onClick={() => void Taro.redirectTo({ url: CALLBACKS_URL })} {...a11y('回访任务', 'button')}>回访任务</Button>
      </View>
    );
  }
  const general = error && !['subject', 'source', 'level', 'comment'].some((f) => errorAt(error, f)) ? error.message : '';
  return (
    <View className='page page--with-bar' style={pageStyle()}>
      <Text className='title' {...heading(1)}>登记窗口或电话评价</Text>
      <Text className='muted'>居民在窗口评价器上或电话里给的评价，登记后注明来源和登记人。评价登记后不能修改。</Text>
      {initial ? null : (
        <View>
          <Text className='h2' {...heading(2)}>1. 是哪件事？</Text>
          {errorAt(error, 'subject') ? <Text className='field__error' {...roleOf('alert')}>{errorAt(error, 'subject')}</Text> : null}
          <PickTicket value={subject?.id ?? ''} onPick={(r) => setSubject({ type: 'ticket', id: r.id })} />
        </View>
      )}
      <ChoiceField label={initial ? '评价来源' : '2. 评价来源'} path='source' options={SOURCES} value={source} onChange={setSource} error={errorAt(error, 'source')} />
      <Text className='field__label'>{initial ? '居民的评价' : '3. 居民的评价'}</Text>
      <LevelChoices value={level} onChange={setLevel} error={errorAt(error, 'level')} />
      <AspectChips value={aspects} onChange={setAspects} />
      <Box label='居民说的话（可不填）' path='comment' value={comment} onChange={setComment} error={error} />
      <View className='bar'>
        {general ? <Text className='bar__error' {...roleOf('alert')}>{general}</Text> : null}
        <Button className='btn btn--primary' {...(busy ? { disabled: true } : {})} onClick={() => void save()} {...a11y('登记评价', 'button')}>{busy ? '正在保存…' : '登记评价'}</Button>
      </View>
    </View>
  );
}

/** 登记评价 (rule 十二(二)(三)): `?subject=ticket:<id>` from a ticket, or pick a closed ticket. Staff only. */
export default function RecordRatingPage() {
  const initial = parseSubjectParam(decodeURIComponent(useRouter().params.subject ?? ''));
  return <StaffGate>{() => <Form initial={initial} />}</StaffGate>;
}
