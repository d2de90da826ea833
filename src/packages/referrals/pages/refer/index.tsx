import { useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Picker, Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../api/types';
import { Field } from '../../../../components/form/Field';
import { REFERRAL_KINDS, UNIT_KINDS, type ReferralKind, type UnitView } from '../../../../shared/referrals';
import { a11y, heading, roleOf } from '../../../../ui/a11y';
import { pageStyle } from '../../../../ui/font-scale';
import { StaffGate } from '../../../staff/components/StaffGate';
import { loadUnits, referMatter } from '../../components/api';
import { newRequestId } from '../../components/request-id';

const KINDS = Object.keys(REFERRAL_KINDS) as ReferralKind[];

/** Today as 'YYYY-MM-DD' in Beijing, for the date picker's start. */
function beijingToday(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

function ReferSheet() {
  const ticketId = decodeURIComponent(useRouter().params.ticketId ?? '');
  const [units, setUnits] = useState<UnitView[]>([]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [lead, setLead] = useState<string>('');
  const [kind, setKind] = useState<ReferralKind>('referral');
  const [content, setContent] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [requirements, setRequirements] = useState('');
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [requestId] = useState(newRequestId);
  useEffect(() => { void loadUnits().then((res) => (res.ok ? setUnits(res.data.items) : setError(res.error))); }, []);
  const toggle = (id: string) => {
    const next = chosen.includes(id) ? chosen.filter((x) => x !== id) : [...chosen, id];
    setChosen(next);
    if (!next.includes(lead)) setLead(next[0] ?? '');
  };
  const send = async () => {
    if (busy) return;
    setBusy(true);
    const res = await referMatter({ ticketId, kind, content, dueDate, requirements, units: chosen.map((unitId) => ({ unitId, lead: unitId === lead })) }, requestId);
    setBusy(false);
    if (!res.ok) return setError(res.error);
    void Taro.redirectTo({ url: `/packages/referrals/pages/detail/index?id=${encodeURIComponent(res.data.referral.id)}` });
  };
  const at = (field: string) => (error?.field === field ? error.message : undefined);
  return (
    <View className='page' style={pageStyle()}>
      <Text className='title' {...heading(1)}>分流交办</Text>
      <Text className='muted'>交办三要素：办什么事、什么时间完成、完成质量和注意事项，都要写清楚。对方收到后 3 日内确认是否受理。</Text>
      <Text className='h2' {...heading(2)}>类别</Text>
      <View>
        {KINDS.map((k) => (
          <Button key={k} className={k === kind ? 'btn btn--primary' : 'btn'} onClick={() => setKind(k)} {...a11y(REFERRAL_KINDS[k], 'radio')} aria-checked={k === kind ? 'true' : 'false'}>{`${k === kind ? '● ' : '○ '}${REFERRAL_KINDS[k]}`}</Button>
        ))}
      </View>
      <Text className='h2' {...heading(2)} id='field-units'>承办单位（可选多个）</Text>
      {at('units') ? <Text className='field__error' {...roleOf('alert')}>{at('units')}</Text> : null}
      {units.map((u) => {
        const on = chosen.includes(u.id);
        return (
          <View key={u.id} className='card'>
            <Button className={on ? 'btn btn--primary' : 'btn'} onClick={() => toggle(u.id)} {...a11y(`${u.name}，${UNIT_KINDS[u.kind]}`, 'checkbox')} aria-checked={on ? 'true' : 'false'}>{`${on ? '☑' : '☐'} ${u.name}`}</Button>
            {on && chosen.length > 1 ? (
              <Button className='btn' onClick={() => setLead(u.id)} {...a11y(`设为牵头单位：${u.name}`, 'radio')} aria-checked={lead === u.id ? 'true' : 'false'}>{lead === u.id ? '★ 牵头单位' : '设为牵头单位'}</Button>
            ) : null}
          </View>
        );
      })}
      <Field label='交办内容（办什么事）' path='content' multiline value={content} onChange={setContent} maxLength={1000} error={at('content')} />
      <View className='field' id='field-dueDate'>
        <Text className='field__label'>办理时限（什么时间完成）</Text>
        <Picker mode='date' value={dueDate || beijingToday()} start={beijingToday()} onChange={(e) => setDueDate(String(e.detail.value))}>
          <View className='field__input' {...a11y(`办理时限：${dueDate || '请选择日期'}`, 'button')}><Text>{dueDate || '请选择日期'}</Text></View>
        </Picker>
        {at('dueDate') ? <Text className='field__error' {...roleOf('alert')}>{at('dueDate')}</Text> : null}
      </View>
      <Field label='办理要求（完成质量、注意事项）' path='requirements' multiline value={requirements} onChange={setRequirements} maxLength={1000} error={at('requirements')} />
      {error && !['units', 'content', 'dueDate', 'requirements'].includes(error.field ?? '') ? <Text className='bar__error' {...roleOf('alert')}>{error.message}</Text> : null}
      <Button className='btn btn--primary' {...(busy ? { disabled: true } : {})} onClick={() => void send()} {...a11y('发出交办通知', 'button')}>发出交办通知</Button>
    </View>
  );
}

/** 分流交办 sheet (issue 13), opened from a ticket: units with the lead, the three elements. Station staff. */
export default function ReferPage() {
  return <StaffGate>{() => <ReferSheet />}</StaffGate>;
}
