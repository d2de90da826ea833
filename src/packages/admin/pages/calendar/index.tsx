import { useCallback, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../api/types';
import { toBeijingDate } from '../../../../domain/beijing';
import type { CalendarOverride } from '../../../../shared/content';
import { formatMonthDay, formatYmd } from '../../../../ui/dates';
import { pageStyle } from '../../../../ui/font-scale';
import { modalColors } from '../../../../ui/confirm';
import { listCalendar, listNotices, removeCalendarOverride, setCalendarOverride } from '../../api';
import type { HolidayNotice } from '../../../../shared/calendar';
import { NoticeEntry } from './NoticeEntry';
import { AdminGate } from '../../components/AdminGate';
import { OverrideForm } from '../../components/OverrideForm';
import { heading } from '../../../../ui/a11y';

/** The admin's changes to the official calendar: extra days off, extra working days. */
function CalendarAdmin() {
  const [overrides, setOverrides] = useState<CalendarOverride[] | null>(null);
  const [notices, setNotices] = useState<HolidayNotice[] | null>(null);
  const [error, setError] = useState<ApiError>();
  const [loadError, setLoadError] = useState<ApiError>();
  const [saving, setSaving] = useState(false);
  const today = toBeijingDate(Date.now());

  const load = useCallback(async () => {
    const res = await listCalendar();
    if (res.ok) { setOverrides([...res.data].sort((a, b) => a.date.localeCompare(b.date))); setLoadError(undefined); } else setLoadError(res.error);
    const entered = await listNotices();
    if (entered.ok) setNotices(entered.data);
  }, []);
  useEffect(() => { void load(); }, [load]);

  const save = async (date: string, working: boolean, note: string) => {
    setSaving(true);
    setError(undefined);
    const res = await setCalendarOverride(date, working, note);
    setSaving(false);
    if (!res.ok) return setError(res.error);
    void Taro.showToast({ title: `已保存 ${formatMonthDay(date)}`, icon: 'none' });
    await load();
  };

  const remove = async (date: string) => {
    const answer = await Taro.showModal({ title: '恢复国家安排', content: `${formatYmd(date)}将按国家安排办公或休息。`, confirmText: '恢复', cancelText: '取消', ...modalColors() });
    if (!answer.confirm) return;
    const res = await removeCalendarOverride(date);
    if (!res.ok) return setLoadError(res.error);
    await load();
  };

  const upcoming = (overrides ?? []).filter((o) => o.date >= today);
  return (
    <View className='page page--with-bar' style={pageStyle()}>
      <Text className='title' {...heading(1)}>办公日历</Text>
      <Text className='muted'>2026年及以前的节假日和调休已按国务院通知自动计算；以后的年份，通知公布后在下面录入。工作站自己的变动在「设置某一天」。</Text>
      {loadError ? <View className='banner' role='alert'><Text>{loadError.message}</Text></View> : null}
      <View className='card'>
        <Text className='h2'>已设置的日子</Text>
        {overrides !== null && upcoming.length === 0 ? <Text className='text'>今天以后没有变动。</Text> : null}
        {upcoming.map((o) => (
          <View key={o.date} className='list-item'>
            <Text className='text strong'>{formatMonthDay(o.date)}：{o.working ? '上班' : '休息'}</Text>
            {o.note ? <Text className='text'>{o.note}</Text> : null}
            <Button className='btn btn--danger btn--small' onClick={() => void remove(o.date)}>恢复国家安排</Button>
          </View>
        ))}
      </View>
      {notices !== null ? <NoticeEntry thisYear={+today.slice(0, 4)} notices={notices} onEntered={() => void load()} /> : null}
      <OverrideForm today={today} error={error} saving={saving} notices={notices ?? []} onSave={(d, w, n) => void save(d, w, n)} />
    </View>
  );
}

export default function CalendarPage() {
  return <AdminGate><CalendarAdmin /></AdminGate>;
}
