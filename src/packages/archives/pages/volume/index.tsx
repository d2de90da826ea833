import { useCallback, useEffect, useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import type { ApiError, ApiResult } from '../../../../api/types';
import { HISTORY_LABELS, type ArchiveItemView, type VolumeView } from '../../../../shared/archives';
import { a11y, heading, roleOf } from '../../../../ui/a11y';
import { pageStyle } from '../../../../ui/font-scale';
import { formatMonthDayTime } from '../../../../ui/dates';
import { KeeperGate } from '../../components/KeeperGate';
import { ItemList } from '../../components/ItemList';
import { StepButtons } from '../../components/StepButtons';
import { DestroyCard } from '../../components/DestroyCard';
import { approveDestruction, destroyVolume, getVolume, lookupVolume, proposeAppraisal, takeStep } from '../../api';
import '../../archives.css';

const READABLE = ['filed', 'handedOver', 'appraisalProposed', 'approved'];

function Volume({ id }: { id: string }) {
  const [v, setV] = useState<VolumeView | null>(null);
  const [items, setItems] = useState<ArchiveItemView[] | undefined>();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [purpose, setPurpose] = useState('');
  const reload = useCallback(async () => {
    const res = await getVolume(id);
    if (res.ok) { setV(res.data.volume); setItems(res.data.items); setError(undefined); } else setError(res.error);
  }, [id]);
  useEffect(() => { void reload(); }, [reload]);

  const run = async (call: () => Promise<ApiResult<{ volume: VolumeView }>>, done: string) => {
    setBusy(true);
    const res = await call();
    setBusy(false);
    if (!res.ok) return setError(res.error);
    setError(undefined); setMessage(done); await reload();
  };
  const lookup = async () => {
    setBusy(true);
    const res = await lookupVolume(id, purpose);
    setBusy(false);
    if (!res.ok) return setError(res.error);
    setError(undefined); setItems(res.data.items); setMessage('已登记这次查阅（查阅人、时间、目的）。');
  };
  if (!v) return <View className='page' style={pageStyle()}>{error ? <Text className='bar__error' {...roleOf('alert')}>{error.message}</Text> : <Text className='text'>正在加载…</Text>}</View>;
  return (
    <View className='page' style={pageStyle()}>
      <Text className='title' {...heading(1)}>{v.title}</Text>
      <Text className='arch-code' id='volume-code'>档号 {v.archiveCode}</Text>
      <Text className='text' id='volume-status'>状态：{v.statusLabel}　共 {v.itemCount} 件</Text>
      <Text className='muted'>{v.categoryLabel} · 全宗号 {v.fonds} · {v.retentionLabel}{v.retentionEndsOn ? `（保管到 ${v.retentionEndsOn}）` : ''}</Text>
      {v.returnedNote ? <Text className='text' {...roleOf('note')}>退回补正：{v.returnedNote}</Text> : null}
      {message ? <Text className='text' {...roleOf('status')}>{message}</Text> : null}
      {error ? <Text className='bar__error' {...roleOf('alert')}>{error.message}</Text> : null}
      <StepButtons v={v} busy={busy} onStep={(step, note) => void run(() => takeStep(id, step, note), '已办理，记入案卷历史。')} />
      <DestroyCard v={v} busy={busy}
        onPropose={(opinion) => void run(() => proposeAppraisal(id, opinion), '已提请鉴定。')}
        onApprove={(a, n, d) => void run(() => approveDestruction(id, a, n, d), '已登记销毁批准。')}
        onDestroy={(ref) => void run(() => destroyVolume(id, ref), '已销毁，销毁清册已登记。')} />
      {READABLE.includes(v.status) && !items ? (
        <View className='card'>
          <Text className='h2' {...heading(2)}>查阅</Text>
          <Text className='muted'>已归档的案卷，查阅前须登记目的（制度九（八））。</Text>
          <View className='field'>
            <Text className='field__label'>查阅目的</Text>
            <Input className='field__input' id='lookup-purpose' value={purpose} maxlength={100} onInput={(e) => setPurpose(e.detail.value)} {...a11y('查阅目的')} />
          </View>
          <Button className='btn btn--primary' id='lookup' {...(busy ? { disabled: true } : {})} onClick={() => void lookup()}>登记并查阅</Button>
        </View>
      ) : null}
      {items ? <View className='card'><Text className='h2' {...heading(2)}>卷内文件（{items.length < v.itemCount ? `前 ${items.length} 件，共 ${v.itemCount} 件` : `${items.length} 件`}）</Text><ItemList items={items} /></View> : null}
      <View className='card'>
        <Text className='h2' {...heading(2)}>案卷历史</Text>
        {v.history.map((h, i) => <Text key={`${h.step}-${i}`} className='muted'>{formatMonthDayTime(h.at)} {h.by}：{HISTORY_LABELS[h.step] ?? h.step}{h.note ? `（${h.note}）` : ''}</Text>)}
      </View>
    </View>
  );
}

/** 案卷 (issue 15): one volume — code, status, retention, its review and filing steps, lookup with purpose, appraisal and destruction. */
export default function VolumePage() {
  const { params } = useRouter();
  const id = decodeURIComponent(params.id ?? '');
  return <KeeperGate>{() => <Volume id={id} />}</KeeperGate>;
}
