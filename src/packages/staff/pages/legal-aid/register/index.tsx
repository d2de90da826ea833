import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { Field } from '../../../../../components/form/Field';
import { errorAt } from '../../../../../components/form/errorAt';
import { useFieldErrors } from '../../../../../components/form/useFieldErrors';
import type { ApiError } from '../../../../../api/types';
import { a11y, heading, roleOf } from '../../../../../ui/a11y';
import { pageStyle } from '../../../../../ui/font-scale';
import { hardshipReviewOf } from '../../../../../domain/legal-aid';
import { GREEN_GROUPS, HARDSHIP_BASES, LEGAL_AID_PAGES, MATTER_KINDS, type GreenGroup, type HardshipBasis, type MatterKind, type RegisterPayload } from '../../../../../shared/legal-aid';
import { StaffGate } from '../../../components/StaffGate';
import { Pick } from '../../../components/legal-aid/Pick';
import { register } from '../../../components/legal-aid/api';
import '../../../components/legal-aid/legal-aid.css';

const entries = <K extends string>(labels: Record<K, string>) => Object.entries(labels) as [K, string][];

/** Labels by server field, so the server's errors name what the staff member sees. */
export const REGISTER_LABELS: Record<string, string> = {
  'applicant.name': '申请人姓名', 'applicant.phone': '联系电话', 'applicant.idNumber': '身份证号', 'applicant.birthDate': '出生日期',
  'matter.kind': '案件类型', 'matter.summary': '案情简述', hardship: '经济困难免审', 'declaration.income': '家庭经济情况', urgentReason: '紧急情况说明',
};

function RegisterForm() {
  const [channel, setChannel] = useState<'walkIn' | 'phone'>('walkIn');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [groups, setGroups] = useState<GreenGroup[]>([]);
  const [kind, setKind] = useState<MatterKind | ''>('');
  const [summary, setSummary] = useState('');
  const [hardship, setHardship] = useState<HardshipBasis | ''>('');
  const [income, setIncome] = useState('');
  const [urgent, setUrgent] = useState(false);
  const [urgentReason, setUrgentReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const requestId = useRef(`lr-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`);
  const errors = useFieldErrors(REGISTER_LABELS, error);
  const declare = hardship !== '' && kind !== '' && hardshipReviewOf(hardship, kind) === 'required';

  const send = async () => {
    if (busy) return;
    const problems = [
      ...(!name.trim() ? [{ field: 'applicant.name', message: '「申请人姓名」不能为空' }] : []),
      ...(!phone.trim() ? [{ field: 'applicant.phone', message: '「联系电话」不能为空' }] : []),
      ...(!kind ? [{ field: 'matter.kind', message: '「案件类型」请选一项' }] : []),
      ...(!summary.trim() ? [{ field: 'matter.summary', message: '「案情简述」不能为空' }] : []),
      ...(!hardship ? [{ field: 'hardship', message: '「经济困难免审」请选一项' }] : []),
    ];
    if (!errors.check(problems)) return;
    const payload: RegisterPayload = {
      requestId: requestId.current, channel,
      applicant: { name: name.trim(), phone: phone.trim(), ...(idNumber.trim() ? { idNumber: idNumber.trim().toUpperCase() } : {}), ...(birthDate.trim() ? { birthDate: birthDate.trim() } : {}) },
      groups, matter: { kind: kind as MatterKind, summary: summary.trim() }, hardship: hardship as HardshipBasis,
      ...(declare ? { declaration: { income: income.trim(), promise: true as const } } : {}),
      ...(urgent ? { urgent: true, urgentReason: urgentReason.trim() } : {}),
    };
    setBusy(true);
    const res = await register(payload);
    setBusy(false);
    if (!res.ok) return setError(res.error);
    void Taro.redirectTo({ url: `${LEGAL_AID_PAGES.staff}?id=${res.data.application.id}` });
  };
  const shown = errors.shown;
  return (
    <View className='page' style={pageStyle()}>
      <Text className='title' {...heading(1)}>登记法律援助申请</Text>
      <Pick label='申请方式' options={[['walkIn', '现场申请'], ['phone', '电话申请']]} value={channel} onChange={setChannel} />
      <Field label='申请人姓名' path='applicant.name' value={name} onChange={setName} maxLength={30} error={errorAt(shown, 'applicant.name')} />
      <Field label='联系电话' path='applicant.phone' type='number' value={phone} onChange={setPhone} maxLength={13} error={errorAt(shown, 'applicant.phone')} />
      <Field label='身份证号（可不填）' path='applicant.idNumber' type='idcard' value={idNumber} onChange={setIdNumber} maxLength={18} error={errorAt(shown, 'applicant.idNumber')} />
      <Field label='出生日期（无身份证号时，如 1950-03-01）' path='applicant.birthDate' value={birthDate} onChange={setBirthDate} maxLength={10} error={errorAt(shown, 'applicant.birthDate')} />
      <View className='field' id='field-groups' {...roleOf('group', { 'aria-label': '绿色通道人群' })}>
        <Text className='field__label'>绿色通道人群（可多选）</Text>
        {entries(GREEN_GROUPS).map(([g, label]) => {
          const on = groups.includes(g);
          return (
            <View key={g} className={`check la-choice ${on ? 'la-choice--on' : ''}`} aria-checked={on ? 'true' : 'false'} onClick={() => setGroups(on ? groups.filter((x) => x !== g) : [...groups, g])} {...a11y(label, 'checkbox')}>
              <Text className='check__box' aria-hidden='true'>{on ? '☑' : '☐'}</Text><Text className='check__text'>{label}{on ? '（已选）' : ''}</Text>
            </View>
          );
        })}
      </View>
      <View id='field-matter-kind'><Pick label='案件类型' options={entries(MATTER_KINDS)} value={kind} onChange={setKind} /></View>
      {errorAt(shown, 'matter.kind') ? <Text className='field__error' {...roleOf('alert')}>{errorAt(shown, 'matter.kind')}</Text> : null}
      <Field label='案情简述' path='matter.summary' multiline value={summary} onChange={setSummary} maxLength={2000} error={errorAt(shown, 'matter.summary')} />
      <View id='field-hardship'><Pick label='经济困难免审' options={entries(HARDSHIP_BASES)} value={hardship} onChange={setHardship} /></View>
      {errorAt(shown, 'hardship') ? <Text className='field__error' {...roleOf('alert')}>{errorAt(shown, 'hardship')}</Text> : null}
      {declare ? <Field label='家庭经济情况（申请人口述，作诚信承诺）' path='declaration.income' multiline value={income} onChange={setIncome} maxLength={500} error={errorAt(shown, 'declaration.income')} /> : null}
      <Pick label='先行提供法律援助（7日内到期或需紧急保全）' options={[['no', '否'], ['yes', '是']]} value={urgent ? 'yes' : 'no'} onChange={(v) => setUrgent(v === 'yes')} />
      {urgent ? <Field label='紧急情况说明' path='urgentReason' value={urgentReason} onChange={setUrgentReason} maxLength={300} error={errorAt(shown, 'urgentReason')} /> : null}
      {error && !error.field ? <Text className='bar__error' {...roleOf('alert')}>{error.message}</Text> : null}
      <Button className='btn btn--primary' {...(busy ? { disabled: true } : {})} onClick={() => void send()} {...a11y('登记', 'button')}>{busy ? '正在登记…' : '登记'}</Button>
    </View>
  );
}

/** Window staff register an application made in person or by phone (the caller is first responder). */
export default function RegisterLegalAidPage() {
  return <StaffGate>{() => <RegisterForm />}</StaffGate>;
}
