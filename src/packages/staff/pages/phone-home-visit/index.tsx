import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { callFunction } from '../../../../api/call';
import type { ApiError } from '../../../../api/types';
import { Field } from '../../../../components/form/Field';
import { PhoneField } from '../../../../components/form/PhoneField';
import { errorAt } from '../../../../components/form/errorAt';
import { fieldErrors, scrollToFirst, serverFieldError, type FieldErrors } from '../../../../components/form/field-errors';
import { toBeijingDate } from '../../../../domain/beijing';
import type { Appointment, HomeVisitBasis } from '../../../../shared/appointments';
import { a11y, heading, roleOf } from '../../../../ui/a11y';
import { formatMonthDayTime } from '../../../../ui/dates';
import { pageStyle } from '../../../../ui/font-scale';
import { StaffGate } from '../../components/StaffGate';
import { Chips } from '../../components/tickets/Chips';
import { newRequestId } from '../../components/tickets/request-id';
import { phoneVisitCheck, type PhoneVisitDraft } from './checks';
import '../../components/tickets/tickets.css';

const LABELS: Record<string, string> = {
  name: '来电人姓名', phone: '联系电话', address: '上门地址', basis: '申请依据', age: '年龄（岁）', disabilityLevel: '残疾等级', description: '需要帮助的事项',
};
const EMPTY: PhoneVisitDraft = { name: '', phone: '', address: '', basis: '', age: '', level: '', description: '' };

function Form() {
  const requestId = useRef(newRequestId());
  const [d, setD] = useState<PhoneVisitDraft>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>();
  const [refusal, setRefusal] = useState('');
  const [general, setGeneral] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Appointment>();
  const set = (patch: Partial<PhoneVisitDraft>) => setD((cur) => ({ ...cur, ...patch }));
  const today = toBeijingDate(Date.now());

  const send = async () => {
    const checked = phoneVisitCheck(d, today);
    const found = fieldErrors(checked.problems);
    setErrors(found);
    setRefusal(checked.refusal ?? '');
    setGeneral(undefined);
    if (found) return scrollToFirst(found);
    if (checked.refusal) return;
    setBusy(true);
    const res = await callFunction<Appointment>('appointments', {
      action: 'registerHomeVisit', requestId: requestId.current, name: d.name.trim(), phone: d.phone, address: d.address.trim(),
      basis: d.basis, ...(d.basis === 'age70' ? { age: Number(d.age) } : { disabilityLevel: Number(d.level) }), description: d.description.trim(),
    });
    setBusy(false);
    if (res.ok) return setDone(res.data);
    if (res.error.code === 'NOT_ELIGIBLE') return setRefusal(res.error.message);
    const server = serverFieldError(res.error, LABELS);
    if (server) { setErrors(server); scrollToFirst(server); } else setGeneral(res.error);
  };

  if (done) {
    return (
      <View className='page' style={pageStyle()}>
        <Text className='title' {...heading(1)}>✓ 已登记上门服务申请</Text>
        <Text className='text'>{`${done.booker?.name ?? ''}（${done.homeVisit?.phone ?? ''}）`}</Text>
        <Text className='text'>上门地址：{done.homeVisit?.address}</Text>
        {done.homeVisit?.answerDueAt ? <Text className='text strong'>请在 {formatMonthDayTime(done.homeVisit.answerDueAt)} 前回电约定上门时间。</Text> : null}
        <Text className='muted'>确认或建议时间后，「告知结果」里会有一条回电任务。</Text>
        <Button className='btn btn--primary' onClick={() => void Taro.redirectTo({ url: '/packages/staff/pages/appointments/index' })}>去预约日程</Button>
        <Button className='btn' onClick={() => { requestId.current = newRequestId(); setD(EMPTY); setDone(undefined); }}>再登记一个</Button>
      </View>
    );
  }
  const at = (path: string) => errorAt(errors, path);
  return (
    <View className='page page--with-bar' style={pageStyle()}>
      <Text className='title' {...heading(1)}>登记电话预约上门</Text>
      <Text className='muted'>七十岁以上的老人、重度残疾人可以打电话预约上门服务（制度一（四）3）。按来电人说的情况填写。</Text>
      <Field label='来电人姓名' path='name' value={d.name} onChange={(name) => set({ name })} error={at('name')} maxLength={20} />
      <PhoneField label='联系电话' path='phone' value={d.phone} onChange={(phone) => set({ phone })} error={at('phone')} />
      <Field label='上门地址' path='address' value={d.address} onChange={(address) => set({ address })} error={at('address')} placeholder='如：西山镇某某村3组12号' maxLength={100} />
      <View className='field' id='field-basis'>
        <Text className='field__label'>申请依据</Text>
        <Chips label='申请依据' options={[{ value: 'age70', label: '年满七十岁' }, { value: 'severeDisability', label: '重度残疾' }]}
          value={d.basis} onChange={(basis: HomeVisitBasis) => set({ basis })} />
        {at('basis') ? <Text className='field__error' {...roleOf('alert')}>{at('basis')}</Text> : null}
      </View>
      {d.basis === 'age70' ? (
        <Field label='年龄（岁）' path='age' type='number' value={d.age} onChange={(age) => set({ age })} error={at('age')} maxLength={3} hint='按来电人说的填写' />
      ) : null}
      {d.basis === 'severeDisability' ? (
        <View className='field' id='field-disabilityLevel'>
          <Text className='field__label'>残疾等级（按来电人说的）</Text>
          <Chips label='残疾等级' options={['1', '2', '3', '4'].map((l) => ({ value: l, label: `${'一二三四'[Number(l) - 1]}级` }))} value={d.level} onChange={(level) => set({ level })} />
          {at('disabilityLevel') ? <Text className='field__error' {...roleOf('alert')}>{at('disabilityLevel')}</Text> : null}
        </View>
      ) : null}
      <Field label='需要帮助的事项' path='description' multiline value={d.description} onChange={(description) => set({ description })} error={at('description')} maxLength={300} />
      {refusal ? (
        <View className='bk-attention' {...roleOf('alert')}>
          <Text>不能登记上门服务：{refusal}</Text>
        </View>
      ) : null}
      <View className='bar'>
        {general ? <Text className='bar__error' {...roleOf('alert')}>{general.message}</Text> : null}
        {errors ? <Text className='bar__error' {...roleOf('alert')}>请按红色提示修改后再登记</Text> : null}
        <Button className='btn btn--primary' {...(busy ? { disabled: true } : {})} onClick={() => void send()} {...a11y('登记上门服务申请', 'button')}>{busy ? '正在登记…' : '登记上门服务申请'}</Button>
      </View>
    </View>
  );
}

/** 「登记电话预约上门」 (issue 9 §5): a home visit asked for on the phone, for a caller without the mini-program. Staff only. */
export default function PhoneHomeVisitPage() {
  return <StaffGate>{() => <Form />}</StaffGate>;
}
