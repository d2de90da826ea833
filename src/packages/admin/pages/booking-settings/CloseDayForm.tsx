import { useState } from 'react';
import { Button, Picker, Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../api/types';
import type { DayClosure } from '../../../../shared/appointments';
import { a11y } from '../../../../ui/a11y';
import { formatMonthDay } from '../../../../ui/dates';
import { errorAt } from '../../components/field-error';
import { Field } from '../../../../components/form/Field';

/**
 * Close a day for appointments (a local event: 集中宣传、村里活动), and the days already closed with
 * 「恢复预约」. Bookings of a closed day are asked to pick another time.
 * @example <CloseDayForm today='2026-11-26' closed={list} busy={false} onClose={close} onReopen={reopen} />
 */
export function CloseDayForm({ today, closed, busy, error, onClose, onReopen }: {
  today: string;
  closed: DayClosure[];
  busy: boolean;
  error?: ApiError;
  onClose: (date: string, reason: string) => void;
  onReopen: (date: string) => void;
}) {
  const [date, setDate] = useState(today);
  const [reason, setReason] = useState('');
  return (
    <View className='card'>
      <Text className='h2'>暂停某天的预约</Text>
      <Text className='muted'>工作站照常开门，只是这天不接受预约（如集中下村宣传）。整天休息请用「办公日历」。</Text>
      {closed.length === 0 ? <Text className='text'>今天以后没有暂停预约的日子。</Text> : null}
      {closed.map((c) => (
        <View key={c.date} className='list-item'>
          <Text className='text strong'>{formatMonthDay(c.date)}：暂停预约</Text>
          <Text className='text'>{c.reason}（{c.closedBy}）</Text>
          <Button className='btn btn--small' disabled={busy || undefined} onClick={() => onReopen(c.date)}>恢复这天的预约</Button>
        </View>
      ))}
      <View className={`field ${errorAt(error, 'date') ? 'field--error' : ''}`}>
        <Text className='field__label'>日期</Text>
        <Picker mode='date' value={date} start={today} end='2035-12-31' onChange={(e) => setDate(String(e.detail.value))}>
          <View className='field__input' {...a11y(`日期：${formatMonthDay(date)}，点此选择`, 'button')}>{formatMonthDay(date)}</View>
        </Picker>
        {errorAt(error, 'date') ? <Text className='field__error'>{errorAt(error, 'date')}</Text> : null}
      </View>
      <Field label='暂停原因（居民能看到）' path='reason' value={reason} onChange={setReason} placeholder='如：工作人员集中下村普法' error={errorAt(error, 'reason')} />
      {error && !error.field ? <Text className='field__error'>{error.message}</Text> : null}
      <Button className='btn btn--danger' disabled={busy || !reason.trim() || undefined} onClick={() => onClose(date, reason.trim())}>暂停 {formatMonthDay(date)} 的预约</Button>
    </View>
  );
}
