import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { Field } from '../../../components/form/Field';
import type { ApiError } from '../../../api/types';
import type { ReferralUnitView, ReferralView } from '../../../shared/referrals';
import { a11y, heading, roleOf } from '../../../ui/a11y';
import { formatMonthDayTime } from '../../../ui/dates';
import { answerReferral } from './api';
import { newRequestId } from './request-id';

/**
 * A unit's answer (rule 七(三)3): two big buttons — 「受理」 or 「不予受理」; declining opens a box
 * for the written reason, which must not be empty (the error goes as soon as the liaison types).
 * Staff answering for a unit see that it is recorded on its behalf.
 * @example <AnswerForm referral={r} unit={u} onBehalf={false} onDone={setR} />
 */
export function AnswerForm({ referral, unit, onBehalf, onDone }: { referral: ReferralView; unit: ReferralUnitView; onBehalf: boolean; onDone: (r: ReferralView) => void }) {
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [requestId] = useState(newRequestId);
  const send = async (accept: boolean) => {
    if (busy) return;
    if (!accept && !reason.trim()) return setError({ code: 'VALIDATION', message: '不予受理请写明原因', field: 'reason' });
    setBusy(true);
    const res = await answerReferral(referral.id, unit.unitId, accept, reason.trim(), requestId);
    setBusy(false);
    if (!res.ok) return setError(res.error);
    setError(undefined);
    onDone(res.data.referral);
  };
  return (
    <View className='card' {...a11y(`${unit.name}：请确认是否受理`, 'group')}>
      <Text className='h2' {...heading(2)}>{onBehalf ? `代 ${unit.name} 登记答复` : `${unit.name}：是否受理`}</Text>
      <Text className='text'>{`请在 ${formatMonthDayTime(unit.acceptBy)} 前确认（收到通知之日起 3 日内）。`}</Text>
      {onBehalf ? <Text className='muted'>对方没有小程序账号时，按电话或纸质通知单上的答复代为登记，会注明「代为登记」。</Text> : null}
      {error && error.field !== 'reason' ? <Text className='bar__error' {...roleOf('alert')}>{error.message}</Text> : null}
      {declining ? (
        <View>
          <Field label='不予受理的原因' path='reason' multiline value={reason} onChange={(v) => { setReason(v); if (error?.field === 'reason') setError(undefined); }} maxLength={500}
            error={error?.field === 'reason' ? error.message : undefined} hint='会书面告知工作站，并记在这件事上' />
          <View className='bar__row'>
            <Button className='btn' onClick={() => { setDeclining(false); setError(undefined); }} {...a11y('返回', 'button')}>返回</Button>
            <Button className='btn btn--primary' {...(busy ? { disabled: true } : {})} onClick={() => void send(false)} {...a11y('确认不予受理', 'button')}>确认不予受理</Button>
          </View>
        </View>
      ) : (
        <View className='bar__row'>
          <Button className='btn' onClick={() => setDeclining(true)} {...a11y('不予受理', 'button')}>✕ 不予受理</Button>
          <Button className='btn btn--primary' {...(busy ? { disabled: true } : {})} onClick={() => void send(true)} {...a11y('受理', 'button')}>✓ 受理</Button>
        </View>
      )}
    </View>
  );
}
