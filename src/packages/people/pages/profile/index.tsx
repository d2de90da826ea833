import { useCallback, useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../api/types';
import type { AbsenceView, StaffAccount } from '../../../../shared/people';
import { roleWords } from '../../../../domain/people';
import { a11y, heading, roleOf } from '../../../../ui/a11y';
import { pageStyle } from '../../../../ui/font-scale';
import { cancelAbsence, profile } from '../../api';
import { AbsenceFor } from '../../components/AbsenceFor';
import { Gate, type PeopleMe } from '../../components/Gate';
import { beijingToday } from '../../components/time';
import '../../people.css';

/** One person's profile: roles, badge, and their registered 外出办案 (cancel; the director registers). */
function Profile({ me }: { me: PeopleMe }) {
  const { staffId } = useRouter().params as { staffId?: string };
  const [staff, setStaff] = useState<StaffAccount | null>(null);
  const [absences, setAbsences] = useState<AbsenceView[]>([]);
  const [error, setError] = useState<ApiError>();
  const [done, setDone] = useState('');
  const load = useCallback(async () => {
    const res = await profile(staffId ? decodeURIComponent(staffId) : undefined);
    if (res.ok) { setStaff(res.data.staff); setAbsences(res.data.absences); setError(undefined); } else setError(res.error);
  }, [staffId]);
  useEffect(() => { void load(); }, [load]);
  const cancel = async (a: AbsenceView) => {
    const ok = await Taro.showModal({ title: '取消外出办案', content: `取消 ${a.date} ${a.from}–${a.to} 的外出办案登记？取消后这段时间的预约名额会恢复。` });
    if (!ok.confirm) return;
    const res = await cancelAbsence(a.id);
    if (!res.ok) return setError(res.error);
    setDone(`已取消 ${a.date} ${a.from}–${a.to} 的外出办案，预约名额已恢复`);
    void load();
  };
  const director = me.roles.includes('director');
  const self = staff?.staffId !== undefined && !staffId;
  return (
    <View className='page' style={pageStyle()}>
      <Text className='title' {...heading(1)}>{staff ? staff.name : '资料'}</Text>
      {error ? <View className='banner' {...roleOf('alert')}><Text>{error.message}</Text></View> : null}
      {done ? <View className='banner' {...roleOf('status')}><Text>{done}</Text></View> : null}
      {staff ? (
        <View className='card'>
          <Text className='text'>岗位角色：{roleWords(staff.roles)}</Text>
          <Text className='text'>{staff.badgeShown ? '✓ 公示牌已上墙（挂牌上岗）' : '⚠ 公示栏里还没有公示牌'}</Text>
        </View>
      ) : null}
      <Text className='h2' {...heading(2)}>已登记的外出办案</Text>
      {staff && absences.length === 0 ? <Text className='text'>今天以后没有登记外出办案。</Text> : null}
      {absences.map((a) => (
        <View key={a.id} className='card'>
          <Text className='text strong'>{a.date} {a.from}–{a.to}</Text>
          <Text className='muted'>{a.reason}</Text>
          {a.cancellable && (director || a.staffId === staff?.staffId && self) ? (
            <Button className='btn btn--danger' onClick={() => void cancel(a)} {...a11y(`取消 ${a.date} ${a.from} 的外出办案`)}>取消这次外出</Button>
          ) : null}
        </View>
      ))}
      {staff && director && staff.active ? <AbsenceFor staffId={staff.staffId} name={staff.name} today={beijingToday()} onDone={(t) => { setDone(t); void load(); }} /> : null}
      {self ? <Button className='btn' onClick={() => void Taro.navigateTo({ url: '/packages/staff/pages/appointments/index' })}>在预约日程中登记自己的外出办案</Button> : null}
    </View>
  );
}

export default function ProfilePage() {
  return <Gate deny='此页面仅供工作人员使用。'>{(me) => <Profile me={me} />}</Gate>;
}
