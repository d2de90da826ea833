import { useCallback, useEffect, useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { toBeijingDate } from '../../../../domain/beijing';
import type { Appointment } from '../../../../shared/appointments';
import { heading, roleOf } from '../../../../ui/a11y';
import { pageStyle } from '../../../../ui/font-scale';
import { modalColors } from '../../../../ui/confirm';
import { acceptProposal, cancelAppointment, listMine } from '../../api';
import { isOver, whenText } from '../../appointment-text';
import { AppointmentCard } from '../../components/AppointmentCard';
import { Notice } from '../../components/Notice';
import { PendingRatePrompts } from '../../../resident/pages/rate/parts/RatePrompt';
import { BOOK_URL } from '../../urls';
import '../../booking.css';

/** 我的预约: upcoming bookings first (with 改约 / 取消), then past ones. */
export default function MinePage() {
  const [items, setItems] = useState<Appointment[] | null>(null);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const [busy, setBusy] = useState(false);
  const today = toBeijingDate(Date.now());

  const load = useCallback(async () => {
    const res = await listMine();
    if (res.ok) { setItems(res.data.items); setError(undefined); } else setError(res.error.message);
  }, []);
  useEffect(() => { void load(); }, [load]);
  useDidShow(() => { if (items) void load(); });
  usePullDownRefresh(() => { void load().finally(() => Taro.stopPullDownRefresh()); });

  const act = async (run: () => ReturnType<typeof cancelAppointment>, success: string) => {
    setBusy(true);
    const res = await run();
    setBusy(false);
    if (!res.ok) { setError(res.error.message); return; }
    setError(undefined);
    setDone(success);
    await load();
  };
  const cancel = async (a: Appointment) => {
    const answer = await Taro.showModal({
      title: '确定取消吗？', content: `${a.serviceLabel}：${whenText(a, today)}。取消后这个时间会让给别人。`,
      confirmText: '确定取消', cancelText: '不取消', ...modalColors('danger'),
    });
    if (answer.confirm) await act(() => cancelAppointment(a.id), '已取消。');
  };
  const accept = (a: Appointment) => void act(() => acceptProposal(a.id), '已同意，工作人员会按这个时间上门。');

  const upcoming = (items ?? []).filter((a) => !isOver(a));
  const past = (items ?? []).filter(isOver);
  return (
    <View className='page' style={pageStyle()}>
      <Text className='title' {...heading(1)}>我的预约</Text>
      <Notice text={error} />
      {done ? <Text className='text strong' {...roleOf('status')}>✓ {done}</Text> : null}
      <PendingRatePrompts type='appointment' />
      {items === null && !error ? <Text className='text'>正在加载…</Text> : null}
      {items !== null && upcoming.length === 0 ? <Text className='text'>现在没有要去的预约。</Text> : null}
      {upcoming.map((a) => <AppointmentCard key={a.id} item={a} today={today} busy={busy} onCancel={(x) => void cancel(x)} onAccept={accept} />)}
      <Button className='btn btn--primary' onClick={() => void Taro.navigateTo({ url: BOOK_URL })}>再约一个时间</Button>
      {past.length > 0 ? <Text className='h2' {...heading(2)}>以前的预约</Text> : null}
      {past.map((a) => <AppointmentCard key={a.id} item={a} today={today} onCancel={() => undefined} onAccept={() => undefined} />)}
    </View>
  );
}
