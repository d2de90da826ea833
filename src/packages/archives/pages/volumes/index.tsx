import { useCallback, useEffect, useState } from 'react';
import { namedBox } from '../../../../components/form/TextBox';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../api/types';
import type { VolumeView } from '../../../../shared/archives';
import { a11y, heading, roleOf } from '../../../../ui/a11y';
import { pageStyle } from '../../../../ui/font-scale';
import { KeeperGate, type KeeperMe } from '../../components/KeeperGate';
import { VolumeCard } from '../../components/VolumeCard';
import { SettingsCard } from '../../components/SettingsCard';
import { FilingCards } from '../../components/FilingCards';
import { lastMonth, monthWords } from '../../components/months';
import { buildMonthlyVolume, listVolumes } from '../../api';
import '../../archives.css';

function Volumes({ me }: { me: KeeperMe }) {
  const [volumes, setVolumes] = useState<VolumeView[] | null>(null);
  const [error, setError] = useState<ApiError>();
  const [month, setMonth] = useState(lastMonth(Date.now()));
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const reload = useCallback(async () => {
    const res = await listVolumes();
    if (res.ok) { setVolumes(res.data.volumes); setError(undefined); } else setError(res.error);
  }, []);
  useEffect(() => { void reload(); }, [reload]);
  usePullDownRefresh(() => { void reload().finally(() => Taro.stopPullDownRefresh()); });

  const build = async () => {
    setBusy(true);
    setMessage('正在按登记组卷，请稍候…');
    const res = await buildMonthlyVolume(month.trim());
    setBusy(false);
    if (!res.ok) { setMessage(''); return setError(res.error); }
    setError(undefined);
    setMessage(`已生成 ${monthWords(res.data.volume.period)} 的咨询卷：共 ${res.data.volume.itemCount} 件，档号 ${res.data.volume.archiveCode}。请打开核对。`);
    await reload();
  };
  const review = (volumes ?? []).filter((v) => v.steps.length > 0);
  return (
    <View className='page' style={pageStyle()}>
      <Text className='title' {...heading(1)}>档案管理</Text>
      <Text className='muted'>法律咨询类一月一卷，每月第一周内组卷归档；归档前先审查，查阅要登记（制度第九条）。</Text>
      <View className='card'>
        <Text className='h2' {...heading(2)}>生成月度咨询卷</Text>
        <View className='field'>
          <Text className='field__label'>组卷月份（如 2026-11）</Text>
          <Input className='field__input' id='build-month' value={month} maxlength={7} onInput={(e) => setMonth(e.detail.value)} {...namedBox('组卷月份')} />
        </View>
        <Button className='btn btn--primary' id='build-volume' {...(busy ? { disabled: true } : {})} onClick={() => void build()} {...a11y(`生成 ${month} 咨询卷`, 'button')}>
          {busy ? '正在组卷…' : `生成 ${month} 咨询卷`}
        </Button>
      </View>
      {message ? <Text className='text' {...roleOf('status')}>{message}</Text> : null}
      {error ? <Text className='bar__error' {...roleOf('alert')}>{error.message}</Text> : null}
      {review.length ? <Text className='h2' {...heading(2)}>{`待我办理（${review.length}）`}</Text> : null}
      {review.map((v) => <VolumeCard key={`todo-${v.id}`} v={v} />)}
      <FilingCards onDone={reload} />
      <View className='arch-links'>
        <Button className='btn' onClick={() => void Taro.navigateTo({ url: '/packages/archives/pages/lookups/index' })}>查阅登记、销毁清册</Button>
      </View>
      <Text className='h2' {...heading(2)}>全部案卷</Text>
      {volumes === null && !error ? <Text className='text'>正在加载…</Text> : null}
      {volumes && volumes.length === 0 ? <Text className='text'>还没有案卷。每月第一周请生成上月的咨询卷。</Text> : null}
      {(volumes ?? []).map((v) => <VolumeCard key={v.id} v={v} />)}
      {me.roles.includes('admin') ? <SettingsCard /> : null}
    </View>
  );
}

/** 档案管理 (issue 15): the volumes with archive codes and status, and building last month's consultation volume. Archivist, director, admin. */
export default function VolumesPage() {
  return <KeeperGate>{(me) => <Volumes me={me} />}</KeeperGate>;
}

