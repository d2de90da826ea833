import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { LabelledInput } from '../../../../../components/form/TextBox';
import type { ApiError } from '../../../../../api/types';
import { addCalendarDays } from '../../../../../domain/beijing';
import { a11y, heading, roleOf } from '../../../../../ui/a11y';
import { Chips } from './Chips';
import { ABSENCE_TIMES, dayOptions, timeOptions } from './choices';
import { isWorkingDay } from './working-day';

/**
 * 外出办案 registered in advance (rule 五(一)): day, from, to, reason. The server takes this staff
 * member's place out of the slots and asks affected residents to pick a new time.
 * @example <AbsenceForm today='2026-11-26' busy={false} onSubmit={send} onBack={close} />
 */
export function AbsenceForm({ today, initialDate, busy, error, onSubmit, onBack }: {
  today: string;
  initialDate: string;
  busy: boolean;
  error?: ApiError;
  onSubmit: (date: string, from: string, to: string, reason: string) => void;
  onBack: () => void;
}) {
  const [date, setDate] = useState(initialDate > today ? initialDate : addCalendarDays(today, 1));
  const [from, setFrom] = useState('09:00');
  const [to, setTo] = useState('17:00');
  const [reason, setReason] = useState('');
  const ready = Boolean(reason.trim()) && from < to;
  return (
    <View>
      <Text className='title' {...heading(1)}>登记外出办案</Text>
      <Text className='muted'>事先登记后，这段时间您的预约名额会被收回，已约的居民会收到改约通知。</Text>
      <View className='card'>
        <Chips label='哪天' options={dayOptions([], today, 8, today, isWorkingDay)} value={date} onChange={setDate} />
        <Chips label='从几点' options={timeOptions(ABSENCE_TIMES.slice(0, -1))} value={from} onChange={setFrom} />
        <Chips label='到几点' options={timeOptions(ABSENCE_TIMES.slice(1))} value={to} onChange={setTo} />
        {from >= to ? <Text className='field__error'>结束时间要晚于开始时间</Text> : null}
        <View className='field'>
          <Text className='field__label'>事由</Text>
          <LabelledInput label='外出事由' className='field__input' value={reason} onInput={(e) => setReason(e.detail.value)} maxlength={100} placeholder='如：到某村调解土地纠纷' />
        </View>
      </View>
      <View className='bar'>
        {error ? <Text className='bar__error' {...roleOf('alert')}>{error.message}</Text> : null}
        <View className='bar__row'>
          <Button className='btn' onClick={onBack}>返回</Button>
          <Button className='btn btn--primary' disabled={!ready || busy || undefined} onClick={() => onSubmit(date, from, to, reason.trim())}>登记</Button>
        </View>
      </View>
    </View>
  );
}
