import { useEffect, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { Field } from '../../../components/form/Field';
import type { ApiError } from '../../../api/types';
import type { ReferralView, UnitView } from '../../../shared/referrals';
import { a11y, roleOf } from '../../../ui/a11y';
import { loadUnits, redispatchReferral } from './api';
import { newRequestId } from './request-id';
import { UnitPicker, unitsPayload, type UnitChoice } from './UnitPicker';

/**
 * 重新交办 (director, rule 七(五)): choose another unit or window from the registry — several with
 * one lead (七(三)2) — and say why; the units it is with now are not offered. The server's refusal
 * shows at the units or the reason; a double tap sends once.
 * @example <RedispatchForm referral={r} onDone={setR} />
 */
export function RedispatchForm({ referral, onDone }: { referral: ReferralView; onDone: (r: ReferralView) => void }) {
  const [units, setUnits] = useState<UnitView[]>([]);
  const [choice, setChoice] = useState<UnitChoice>({ chosen: [], lead: '' });
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [requestId, setRequestId] = useState(newRequestId);
  useEffect(() => { void loadUnits().then((res) => (res.ok ? setUnits(res.data.items) : setError(res.error))); }, []);
  const current = referral.units.filter((u) => u.state !== 'withdrawn').map((u) => u.unitId);
  const send = async () => {
    if (busy) return;
    if (!choice.chosen.length) return setError({ code: 'VALIDATION', message: '请选择重新交办给哪个单位或窗口', field: 'units' });
    setBusy(true);
    const res = await redispatchReferral(referral.id, unitsPayload(choice), reason.trim(), requestId);
    setBusy(false);
    if (!res.ok) return setError(res.error);
    setError(undefined);
    setChoice({ chosen: [], lead: '' });
    setReason('');
    setRequestId(newRequestId());
    onDone(res.data.referral);
  };
  const at = (field: string) => (error?.field === field ? error.message : undefined);
  return (
    <View className='card' {...a11y('重新交办', 'group')}>
      <Text className='text strong'>重新交办给其他单位或窗口</Text>
      <Text className='muted'>原承办单位撤回，新单位重新计算 3 日受理答复期限。</Text>
      <UnitPicker title='交给哪个单位或窗口' units={units} value={choice} onChange={(c) => { setChoice(c); if (error?.field === 'units') setError(undefined); }} error={at('units')} exclude={current} />
      <Field label='重新交办的原因' path='reason' multiline value={reason} onChange={(v) => { setReason(v); if (error?.field === 'reason') setError(undefined); }} maxLength={500} error={at('reason')} />
      {error && !['units', 'reason'].includes(error.field ?? '') ? <Text className='bar__error' {...roleOf('alert')}>{error.message}</Text> : null}
      <Button className='btn btn--primary' {...(busy ? { disabled: true } : {})} onClick={() => void send()} {...a11y('重新交办', 'button')}>重新交办</Button>
    </View>
  );
}
