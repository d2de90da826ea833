import { useCallback, useEffect, useState } from 'react';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../api/types';
import { CallButton } from '../../../../components/CallButton';
import { legalAidLink } from '../../../../shared/legal-aid';
import { ticketLink } from '../../../../shared/tickets';
import { REFERRAL_KINDS, UNIT_STATE_LABELS, type ReferralResidentView, type ReferralView } from '../../../../shared/referrals';
import { a11y, heading, roleOf } from '../../../../ui/a11y';
import { formatMonthDayTime, formatYmd } from '../../../../ui/dates';
import { pageStyle } from '../../../../ui/font-scale';
import { StaffGate, type StaffMe } from '../../../staff/components/StaffGate';
import { AnswerForm } from '../../components/AnswerForm';
import { TextStep } from '../../components/TextStep';
import { checkReferral, closeWithGuidance, loadReferral, reportReferral } from '../../components/api';
import { RedispatchForm } from '../../components/RedispatchForm';

const isStaffView = (r: ReferralView | ReferralResidentView): r is ReferralView => 'content' in r;

/** Back to the matter it was made from: the ticket, or (issue 13) the legal-aid application. */
function MatterLink({ r }: { r: ReferralView }) {
  const [words, url] = r.applicationId
    ? ['来自法律援助申请', legalAidLink(r.applicationId, 'staff')]
    : r.ticketId ? ['来自来件', ticketLink(r.ticketId, 'staff')] : ['', ''];
  if (!url) return null;
  return <Text className='link' onClick={() => void Taro.navigateTo({ url })} {...a11y(`${words}：查看`, 'link')}>{`${words}：查看 ›`}</Text>;
}

function Detail({ me }: { me: StaffMe }) {
  const id = decodeURIComponent(useRouter().params.id ?? '');
  const [r, setR] = useState<ReferralView | null>(null);
  const [error, setError] = useState<ApiError>();
  const load = useCallback(async () => {
    const res = await loadReferral(id);
    if (res.ok && isStaffView(res.data.referral)) { setR(res.data.referral); setError(undefined); } else if (!res.ok) setError(res.error);
  }, [id]);
  useEffect(() => { void load(); }, [load]);
  usePullDownRefresh(() => { void load().finally(() => Taro.stopPullDownRefresh()); });
  const done = (next: ReferralView) => { setR(next); void Taro.showToast({ title: '已保存', icon: 'success' }); };
  if (!r) {
    return (
      <View className='page' style={pageStyle()}>
        <Text className='title' {...heading(1)}>交办事项</Text>
        {error ? <Text className='bar__error' {...roleOf('alert')}>{error.message}</Text> : <Text className='text'>正在加载…</Text>}
      </View>
    );
  }
  const liaison = r.myUnitIds.length > 0;
  const roles = me.roles ?? [];
  const station = roles.some((x) => x === 'staff' || x === 'director' || x === 'admin');
  const director = roles.includes('director');
  const speakable = r.units.filter((u) => u.state !== 'withdrawn' && (station || r.myUnitIds.includes(u.unitId)));
  const lead = r.units.find((u) => u.lead && u.state === 'accepted' && (station || r.myUnitIds.includes(u.unitId)));
  const open = r.status !== 'closed';
  return (
    <View className='page' style={pageStyle()}>
      <Text className='title' {...heading(1)}>{REFERRAL_KINDS[r.kind]}</Text>
      <Text className='text' {...roleOf('status')}>{`状态：${r.statusLabel}`}</Text>
      {station ? <MatterLink r={r} /> : null}
      <View className='card' {...a11y('交办三要素', 'group')}>
        <Text className='h2' {...heading(2)}>办什么事</Text>
        <Text className='text'>{r.content}</Text>
        <Text className='h2' {...heading(2)}>什么时间完成</Text>
        <Text className='text'>{`${formatYmd(r.dueDate)}前`}</Text>
        <Text className='h2' {...heading(2)}>办理要求</Text>
        <Text className='text'>{r.requirements}</Text>
        <Text className='muted'>{`交办人：${r.createdBy.name}，${formatMonthDayTime(r.createdAt)}`}</Text>
      </View>
      <Text className='h2' {...heading(2)}>承办单位</Text>
      {r.units.map((u) => (
        <View key={`${u.unitId}-${u.receivedAt}`} className='card'>
          <Text className='text'>{`${u.name}${u.lead ? '（牵头单位）' : ''}：${UNIT_STATE_LABELS[u.state]}`}</Text>
          {u.state === 'sent' ? <Text className={u.acceptBy < Date.now() ? 'due due--overdue' : 'muted'}>{`${u.acceptBy < Date.now() ? '⚠ 已超期，' : ''}受理答复期限：${formatMonthDayTime(u.acceptBy)}`}</Text> : null}
          {u.answer ? <Text className='text'>{`${u.answer.accept ? '✓ 已受理' : `✕ 不予受理，原因：${u.answer.reason}`}（${u.answer.by.name}${u.answer.onBehalf ? '代为登记' : ''}，${formatMonthDayTime(u.answer.at)}）`}</Text> : null}
          {station && u.state !== 'withdrawn' ? <CallButton who={u.name} number={u.phone} /> : null}
        </View>
      ))}
      {open ? speakable.filter((u) => u.state === 'sent').map((u) => <AnswerForm key={u.unitId} referral={r} unit={u} onBehalf={!liaison} onDone={done} />) : null}
      {open && lead && (r.status === 'accepted' || r.status === 'inProgress') ? (
        <>
          <TextStep label='办理进展' button='反馈进展' path='text' onSend={(text, rid) => reportReferral('progress', r.id, lead.unitId, text, rid)} onDone={(d) => done(d.referral)} />
          <TextStep label='办理结果' button='反馈办理结果' path='text' onSend={(text, rid) => reportReferral('result', r.id, lead.unitId, text, rid)} onDone={(d) => done(d.referral)} />
        </>
      ) : null}
      {r.result ? <View className='card'><Text className='h2' {...heading(2)}>办理结果</Text><Text className='text'>{r.result.text}</Text></View> : null}
      {open && station && r.status === 'resultReported' ? (
        <TextStep label='告知当事人的结果' button='审核通过，告知当事人' path='residentMessage' hint='当事人会在“我的事项”里看到这段话' onSend={(text, rid) => checkReferral(r.id, text, rid)} onDone={(d) => done(d.referral)} />
      ) : null}
      {open && director ? (
        <>
          <Text className='h2' {...heading(2)}>主任督办</Text>
          <RedispatchForm referral={r} onDone={done} />
          <TextStep label='引导通过其他法律途径解决' button='结束交办并告知当事人' path='guidance' onSend={(text, rid) => closeWithGuidance(r.id, text, rid)} onDone={(d) => done(d.referral)} />
        </>
      ) : null}
      {r.guidance ? <View className='card'><Text className='h2' {...heading(2)}>引导意见</Text><Text className='text'>{r.guidance}</Text></View> : null}
      <Text className='h2' {...heading(2)}>办理经过</Text>
      {r.notes.map((n, i) => <Text key={i} className='muted'>{`${formatMonthDayTime(n.at)} ${n.summary}${n.text && n.kind !== 'answered' ? `：${n.text}` : ''}`}</Text>)}
    </View>
  );
}

/**
 * 交办事项 (issue 13): the three elements, each unit's answer with its 3-day window, the answer
 * form (a liaison for their unit; station staff on a unit's behalf), progress and result, the
 * station's check, and the director's re-dispatch or guidance.
 */
export default function ReferralDetail() {
  return <StaffGate>{(me) => <Detail me={me} />}</StaffGate>;
}
