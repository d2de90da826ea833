import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { Field } from '../../../components/form/Field';
import type { ApiError } from '../../../api/types';
import { heading, roleOf } from '../../../ui/a11y';
import { registerAbsenceFor } from '../api';

const at = (err: ApiError | undefined, f: string) => (err?.field === f ? err.message : undefined);

/**
 * The director registers 外出办案 in advance for someone (rule 五(一) 事先备案).
 * @example <AbsenceFor staffId='staff:a' name='王某' today='2026-11-26' onDone={reload} />
 */
export function AbsenceFor({ staffId, name, today, onDone }: { staffId: string; name: string; today: string; onDone: (text: string) => void }) {
  const [date, setDate] = useState(today);
  const [from, setFrom] = useState('09:00');
  const [to, setTo] = useState('12:00');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const submit = async () => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    const res = await registerAbsenceFor({ staffId, date, from, to, reason });
    setBusy(false);
    if (!res.ok) return setError(res.error);
    const moved = res.data.needsReschedule.length;
    onDone(`已登记 ${name} ${date} ${from}–${to} 外出办案${moved ? `；${moved} 个预约需要改约，已通知群众` : ''}`);
    setReason('');
  };
  return (
    <View className='card'>
      <Text className='h2' {...heading(2)}>为 {name} 登记外出办案</Text>
      <Field label='日期' path='date' value={date} onChange={setDate} hint='格式：2026-12-01' error={at(error, 'date')} />
      <View className='row'>
        <View className='grow'><Field label='开始时间' path='from' value={from} onChange={setFrom} error={at(error, 'from')} /></View>
        <View className='grow'><Field label='结束时间' path='to' value={to} onChange={setTo} error={at(error, 'to')} /></View>
      </View>
      <Field label='外出事由' path='reason' value={reason} onChange={setReason} maxLength={200} error={at(error, 'reason')} />
      {error && !['date', 'from', 'to', 'reason'].includes(error.field ?? '') ? <Text className='bar__error' {...roleOf('alert')}>{error.message}</Text> : null}
      <Button className='btn btn--primary' disabled={busy || undefined} onClick={() => void submit()}>登记外出办案</Button>
    </View>
  );
}
