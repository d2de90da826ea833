import { useCallback, useEffect, useState } from 'react';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../api/types';
import type { ResultCallView } from '../../../../shared/result-calls';
import { heading, roleOf } from '../../../../ui/a11y';
import { pageStyle } from '../../../../ui/font-scale';
import { StaffGate } from '../../components/StaffGate';
import { loadResultCalls, recordResultCall } from './api';
import { TaskCard } from './TaskCard';

function ResultCalls() {
  const [items, setItems] = useState<ResultCallView[] | null>(null);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const reload = useCallback(async () => {
    const res = await loadResultCalls();
    if (res.ok) { setItems(res.data.items); setError(undefined); } else setError(res.error);
  }, []);
  useEffect(() => { void reload(); }, [reload]);
  usePullDownRefresh(() => { void reload().finally(() => Taro.stopPullDownRefresh()); });

  const record = async (task: ResultCallView, reached: boolean, note: string) => {
    setBusy(true);
    const res = await recordResultCall(task.id, reached, note);
    setBusy(false);
    if (!res.ok) return setError(res.error);
    setMessage(reached ? `已记录：已告知${task.contact.name ?? '当事人'}。` : '已记录这次没联系上，任务保留，请稍后再打。');
    await reload();
  };
  const open = (items ?? []).filter((t) => t.status === 'open');
  const done = (items ?? []).filter((t) => t.status === 'done');
  return (
    <View className='page' style={pageStyle()}>
      <Text className='title' {...heading(1)}>告知结果</Text>
      <Text className='muted'>来访、来电、来信的群众不用小程序：办结或延期时，请打电话把结果告诉他们（结果及时反馈）。</Text>
      {message ? <Text className='text' {...roleOf('status')}>{message}</Text> : null}
      {error ? <Text className='bar__error' {...roleOf('alert')}>{error.message}</Text> : null}
      {items === null && !error ? <Text className='text'>正在加载…</Text> : null}
      {items && open.length === 0 ? <Text className='text'>没有要告知的事项。</Text> : null}
      {open.map((t) => <TaskCard key={t.id} task={t} busy={busy} onRecord={(reached, note) => void record(t, reached, note)} />)}
      {done.length ? <Text className='h2 group' {...heading(2)}>{`已告知（${done.length}）`}</Text> : null}
      {done.map((t) => <TaskCard key={t.id} task={t} busy={busy} onRecord={() => undefined} />)}
    </View>
  );
}

/** 「告知结果」 (issue 9 §5): the staff member's calls owed to walk-in, phone and letter contacts. Staff only. */
export default function ResultCallsPage() {
  return <StaffGate>{() => <ResultCalls />}</StaffGate>;
}
