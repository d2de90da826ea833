import { useState } from 'react';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ApiError, ApiResult } from '../../../../api/types';
import { addCalendarDays, isYmd, toBeijingDate } from '../../../../domain/beijing';
import type { Appointment } from '../../../../shared/appointments';
import { heading, roleOf } from '../../../../ui/a11y';
import { pageStyle } from '../../../../ui/font-scale';
import { StaffGate } from '../../components/StaffGate';
import { confirmHomeVisit, markAttended, markNoShow, proposeHomeVisit, recordOutcome, registerAbsence } from './api';
import { AbsenceForm } from './parts/AbsenceForm';
import type { StaffAction } from './parts/actions';
import type { CourtesyHold, PhraseWarning } from '../../../../shared/tickets';
import { AnswerForm } from './parts/AnswerForm';
import { DayLists } from './parts/DayLists';
import { ListBar } from './parts/ListBar';
import { OutcomeForm } from './parts/OutcomeForm';
import { dayTitle, timeText } from './parts/text';
import { useDay } from './parts/useDay';
import './appointments.css';

type Mode = 'list' | 'confirm' | 'propose' | 'outcome' | 'absence';

/**
 * The staff day view (预约日程), made for one hand on a 375-px phone: the day's bookings and home
 * visits as cards; tap one, its actions appear at the bottom (确认/建议上门时间, 已到/未到, 记录结果);
 * with nothing selected the bottom bar switches days and registers 外出办案. Opens on `?date=`.
 */
function DayBoard() {
  const { params } = useRouter();
  const today = toBeijingDate(Date.now());
  const [date, setDate] = useState(params.date && isYmd(params.date) ? params.date : today);
  const { day, pending, error: loadError, reload } = useDay(date);
  const [selected, setSelected] = useState<Appointment>();
  const [mode, setMode] = useState<Mode>('list');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [message, setMessage] = useState('');
  const [held, setHeld] = useState<PhraseWarning[] | null>(null);
  usePullDownRefresh(() => { void reload().finally(() => Taro.stopPullDownRefresh()); });

  const back = () => { setMode('list'); setError(undefined); setHeld(null); };
  const run = async <T,>(call: () => Promise<ApiResult<T>>, done: (data: T) => string) => {
    setBusy(true);
    setError(undefined);
    const res = await call();
    setBusy(false);
    if (!res.ok) { setError(res.error); return; }
    const data = res.data as unknown;
    if (typeof data === 'object' && data !== null && (data as { sent?: unknown }).sent === false) { setHeld((data as CourtesyHold).warnings); return; }
    setHeld(null);
    setMessage(done(res.data));
    setSelected(undefined);
    setMode('list');
    await reload();
  };
  const onAction = (act: StaffAction, a: Appointment) => {
    setMessage('');
    if (act === 'attended') void run(() => markAttended(a.id), () => '已记为「已到」。');
    else if (act === 'noShow') void run(() => markNoShow(a.id), () => '已记为「未到」。');
    else { setError(undefined); setMode(act); }
  };
  const shift = (days: number) => { setSelected(undefined); setMessage(''); setError(undefined); setDate((d) => addCalendarDays(d, days)); };

  if (mode === 'confirm' || mode === 'propose') {
    return (
      <View className='page page--sa-bar' style={pageStyle()}>
        {selected ? (
          <AnswerForm item={selected} mode={mode} today={today} busy={busy} error={error} held={held} onBack={back} onEdit={() => setHeld(null)}
            onSubmit={(d, t, note, confirmed) => void run(
              () => (mode === 'confirm' ? confirmHomeVisit(selected.id, d, t, note || undefined, confirmed) : proposeHomeVisit(selected.id, d, t, note, confirmed)),
              () => (mode === 'confirm' ? `已确认 ${dayTitle(d, today)} ${timeText(t)} 上门，居民会收到通知。` : '已把建议时间发给居民，等居民确认。'),
            )} />
        ) : null}
      </View>
    );
  }
  if (mode === 'outcome' && selected) {
    return (
      <View className='page page--sa-bar' style={pageStyle()}>
        <OutcomeForm item={selected} busy={busy} error={error} onBack={back}
          onSubmit={(text, follow) => void run(() => recordOutcome(selected.id, text, follow), (a) => (a.ticketId ? '已保存结果，并建立了跟进事项。' : '已保存结果。'))} />
      </View>
    );
  }
  if (mode === 'absence') {
    return (
      <View className='page page--sa-bar' style={pageStyle()}>
        <AbsenceForm today={today} initialDate={date} busy={busy} error={error} onBack={back}
          onSubmit={(d, from, to, reason) => void run(() => registerAbsence(d, from, to, reason),
            (r) => `已登记 ${dayTitle(d, today)} ${timeText(from, to)} 外出办案；${r.needsReschedule.length ? `${r.needsReschedule.length} 个预约需要改约，已通知居民。` : '没有预约受影响。'}`)} />
      </View>
    );
  }

  return (
    <View className='page page--sa-bar' style={pageStyle()}>
      <Text className='muted'>预约日程</Text>
      <Text className='sa-day' {...heading(1)}>{dayTitle(date, today)}</Text>
      {message ? <View className='banner' {...roleOf('status')}><Text>✓ {message}</Text></View> : null}
      {loadError ? <View className='banner' {...roleOf('alert')}><Text>{loadError}</Text></View> : null}
      {day === null && !loadError ? <Text className='text'>正在加载…</Text> : null}
      <DayLists day={day} pending={pending} today={today} selectedId={selected?.id ?? ''}
        onSelect={(a) => { setSelected(a.id === selected?.id ? undefined : a); setError(undefined); }} />
      <ListBar selected={selected} busy={busy} error={error?.message} onAction={onAction} onClear={() => setSelected(undefined)}
        onShift={shift} onToday={() => { setSelected(undefined); setDate(today); }} onAbsence={() => { setSelected(undefined); setMode('absence'); }} />
    </View>
  );
}

export default function StaffAppointmentsPage() {
  return <StaffGate>{() => <DayBoard />}</StaffGate>;
}
