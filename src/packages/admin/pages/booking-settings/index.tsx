import { useCallback, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../api/types';
import { toBeijingDate } from '../../../../domain/beijing';
import type { AppointmentSettings, DayClosure } from '../../../../shared/appointments';
import { heading, roleOf } from '../../../../ui/a11y';
import { formatMonthDay, formatYmd } from '../../../../ui/dates';
import { pageStyle } from '../../../../ui/font-scale';
import { modalColors } from '../../../../ui/confirm';
import { AdminGate } from '../../components/AdminGate';
import { closeDay, loadClosedDays, loadSettings, reopenDay, saveSettings } from './api';
import { CloseDayForm } from './CloseDayForm';
import { SettingsForm } from './SettingsForm';
import './booking-settings.css';

/** 预约设置: places per slot, slot length, how far ahead, how much notice; days closed for appointments. */
function BookingSettings() {
  const [settings, setSettings] = useState<AppointmentSettings | null>(null);
  const [closed, setClosed] = useState<DayClosure[]>([]);
  const [loadError, setLoadError] = useState<string>();
  const [settingsError, setSettingsError] = useState<ApiError>();
  const [dayError, setDayError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const today = toBeijingDate(Date.now());

  const load = useCallback(async () => {
    const [s, c] = await Promise.all([loadSettings(), loadClosedDays()]);
    if (s.ok) setSettings(s.data);
    if (c.ok) setClosed(c.data.items);
    setLoadError(!s.ok ? s.error.message : !c.ok ? c.error.message : undefined);
  }, []);
  useEffect(() => { void load(); }, [load]);

  const save = async (patch: Partial<Omit<AppointmentSettings, 'version'>>, why: string) => {
    setBusy(true);
    const res = await saveSettings(patch, why || undefined);
    setBusy(false);
    if (!res.ok) return setSettingsError(res.error);
    setSettingsError(undefined);
    setSettings(res.data);
    setMessage(`预约规则已保存（第 ${res.data.version} 版）。`);
  };
  const close = async (date: string, reason: string) => {
    const answer = await Taro.showModal({ title: '暂停这天的预约', content: `${formatYmd(date)}不再接受预约，已约的居民会收到改约通知。`, confirmText: '暂停', cancelText: '不暂停', ...modalColors('danger') });
    if (!answer.confirm) return;
    setBusy(true);
    const res = await closeDay(date, reason);
    setBusy(false);
    if (!res.ok) return setDayError(res.error);
    setDayError(undefined);
    setMessage(`${formatMonthDay(date)}已暂停预约；${res.data.needsReschedule.length} 个预约需要改约，已通知居民。`);
    await load();
  };
  const reopen = async (date: string) => {
    setBusy(true);
    const res = await reopenDay(date);
    setBusy(false);
    if (!res.ok) return setDayError(res.error);
    setMessage(`${formatMonthDay(date)}已恢复预约。`);
    await load();
  };

  return (
    <View className='page' style={pageStyle()}>
      <Text className='title' {...heading(1)}>预约设置</Text>
      {message ? <View className='banner' {...roleOf('status')}><Text>✓ {message}</Text></View> : null}
      {loadError ? <View className='banner' {...roleOf('alert')}><Text>{loadError}</Text></View> : null}
      {settings === null && !loadError ? <Text className='text'>正在加载…</Text> : null}
      {settings ? <SettingsForm settings={settings} saving={busy} error={settingsError} onSave={(p, w) => void save(p, w)} /> : null}
      <CloseDayForm today={today} closed={closed} busy={busy} error={dayError} onClose={(d, r) => void close(d, r)} onReopen={(d) => void reopen(d)} />
    </View>
  );
}

export default function BookingSettingsPage() {
  return <AdminGate><BookingSettings /></AdminGate>;
}
