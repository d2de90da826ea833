import { useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Picker, Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../api/types';
import { Field } from '../../../../components/form/Field';
import { REFERRAL_KINDS, type ReferralKind, type UnitView } from '../../../../shared/referrals';
import { a11y, heading, roleOf } from '../../../../ui/a11y';
import { pageStyle } from '../../../../ui/font-scale';
import { StaffGate } from '../../../staff/components/StaffGate';
import { loadUnits, referMatter } from '../../components/api';
import { newRequestId } from '../../components/request-id';
import { UnitPicker, unitsPayload, type UnitChoice } from '../../components/UnitPicker';

const KINDS = Object.keys(REFERRAL_KINDS) as ReferralKind[];
/** A legal-aid application is referred or forwarded; the complaint kinds (八(六), 八(七)) need a complaint. */
const APPLICATION_KINDS: ReferralKind[] = ['referral', 'outOfRemit'];

/** Today as 'YYYY-MM-DD' in Beijing, for the date picker's start. */
function beijingToday(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

function ReferSheet() {
  const params = useRouter().params;
  const ticketId = decodeURIComponent(params.ticketId ?? '');
  const applicationId = decodeURIComponent(params.applicationId ?? '');
  const matter = applicationId ? { applicationId } : { ticketId };
  const kinds = applicationId ? APPLICATION_KINDS : KINDS;
  const [units, setUnits] = useState<UnitView[]>([]);
  const [choice, setChoice] = useState<UnitChoice>({ chosen: [], lead: '' });
  const [kind, setKind] = useState<ReferralKind>('referral');
  const [content, setContent] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [requirements, setRequirements] = useState('');
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [requestId] = useState(newRequestId);
  useEffect(() => { void loadUnits().then((res) => (res.ok ? setUnits(res.data.items) : setError(res.error))); }, []);
  const send = async () => {
    if (busy) return;
    setBusy(true);
    const res = await referMatter({ ...matter, kind, content, dueDate, requirements, units: unitsPayload(choice) }, requestId);
    setBusy(false);
    if (!res.ok) return setError(res.error);
    void Taro.redirectTo({ url: `/packages/referrals/pages/detail/index?id=${encodeURIComponent(res.data.referral.id)}` });
  };
  const at = (field: string) => (error?.field === field ? error.message : undefined);
  return (
    <View className='page' style={pageStyle()}>
      <Text className='title' {...heading(1)}>分流交办</Text>
      {applicationId ? <Text className='text'>交办这份法律援助申请（例如交县法律援助中心指派承办）。申请人会看到交给了哪个单位，看不到交办内容和对方的答复。</Text> : null}
      <Text className='muted'>交办三要素：办什么事、什么时间完成、完成质量和注意事项，都要写清楚。对方收到后 3 日内确认是否受理。</Text>
      <Text className='h2' {...heading(2)}>类别</Text>
      <View>
        {kinds.map((k) => (
          <Button key={k} className={k === kind ? 'btn btn--primary' : 'btn'} onClick={() => setKind(k)} {...a11y(REFERRAL_KINDS[k], 'radio')} aria-checked={k === kind ? 'true' : 'false'}>{`${k === kind ? '● ' : '○ '}${REFERRAL_KINDS[k]}`}</Button>
        ))}
      </View>
      <UnitPicker title='承办单位（可选多个）' units={units} value={choice} onChange={setChoice} error={at('units')} />
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

/** 分流交办 sheet (issue 13), opened from a ticket or a legal-aid application: units with the lead, the three elements. Station staff. */
export default function ReferPage() {
  return <StaffGate>{() => <ReferSheet />}</StaffGate>;
}
