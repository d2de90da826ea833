import { useCallback, useEffect, useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../api/types';
import type { CallbackReason, CallbackStatus, CallbackTaskView } from '../../../../shared/ratings';
import { a11y, heading, roleOf } from '../../../../ui/a11y';
import { pageStyle } from '../../../../ui/font-scale';
import { StaffGate, type StaffMe } from '../../components/StaffGate';
import { mayReadBook } from '../../components/tickets/BookRow';
import { Chips, type ChipOption } from '../../components/tickets/Chips';
import { useStation } from '../../components/tickets/useCalendar';
import { listCallbacks } from './parts/api';
import { TaskRow } from './parts/TaskRow';
import { CALLBACK_TABLE_URL, RECORD_RATING_URL, REASON_SHORT } from './parts/words';
import '../../components/tickets/tickets.css';

type ReasonFilter = CallbackReason | 'all';
const STATUS_CHIPS: ChipOption<CallbackStatus>[] = [{ value: 'open', label: '待回访' }, { value: 'done', label: '已回访' }];
const REASON_CHIPS: ChipOption<ReasonFilter>[] = [
  { value: 'all', label: '全部' },
  ...(['rating', 'major', 'sample'] as CallbackReason[]).map((r) => ({ value: r, label: REASON_SHORT[r] })),
];

function Tasks({ me }: { me: StaffMe }) {
  const { calendar, now } = useStation();
  const [status, setStatus] = useState<CallbackStatus>('open');
  const [reason, setReason] = useState<ReasonFilter>('all');
  const [items, setItems] = useState<CallbackTaskView[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<ApiError>();
  const filter = { status, reason: reason === 'all' ? undefined : reason };

  const load = useCallback(async () => {
    const res = await listCallbacks(filter);
    if (res.ok) { setItems(res.data.items); setNext(res.data.next); setError(undefined); } else setError(res.error);
  }, [status, reason]); // eslint-disable-line react-hooks/exhaustive-deps
  const more = async () => {
    if (!next) return;
    const res = await listCallbacks({ ...filter, after: next });
    if (res.ok) { setItems((old) => [...(old ?? []), ...res.data.items]); setNext(res.data.next); } else setError(res.error);
  };
  useEffect(() => { setItems(null); void load(); }, [load]);
  useDidShow(() => { if (items) void load(); });
  usePullDownRefresh(() => { void load().finally(() => Taro.stopPullDownRefresh()); });
  const overdue = status === 'open' ? (items ?? []).filter((t) => t.overdue).length : 0;

  return (
    <View className='page page--with-bar' style={pageStyle()}>
      <Text className='title' {...heading(1)}>回访任务</Text>
      <Text className='muted'>基本满意、不满意和重大案件必须全部回访；已超期的排在最前。下拉可刷新。</Text>
      {overdue ? <View className='banner' {...roleOf('status')}><Text className='banner__title'>⚠ 有 {overdue} 件回访已超期，请先回访</Text></View> : null}
      <Chips label='状态' options={STATUS_CHIPS} value={status} onChange={setStatus} />
      <Chips label='原因' options={REASON_CHIPS} value={reason} onChange={setReason} scroll />
      {error ? <View className='banner' {...roleOf('alert')} onClick={() => void load()}><Text>{error.message}（点此重试）</Text></View> : null}
      {items === null && !error ? <Text className='text'>正在加载…</Text> : null}
      {items && items.length === 0 ? <Text className='text'>{status === 'open' ? '✓ 没有待回访的任务。' : '还没有已回访的任务。'}</Text> : null}
      {items && items.length ? (
        <View className='card' role='list'>
          {items.map((t) => <TaskRow key={t.id} task={t} now={now} calendar={calendar} />)}
        </View>
      ) : null}
      {next ? <Button className='btn' onClick={() => void more()} {...a11y('显示更多', 'button')}>显示更多</Button> : null}
      <View className='bar'>
        <View className='bar__row'>
          {mayReadBook(me.roles) ? <Button className='btn' onClick={() => void Taro.navigateTo({ url: CALLBACK_TABLE_URL })} {...a11y('回访汇总表', 'button')}>回访汇总表</Button> : null}
          <Button className='btn btn--primary' onClick={() => void Taro.navigateTo({ url: RECORD_RATING_URL })} {...a11y('登记窗口或电话评价', 'button')}>＋ 登记窗口或电话评价</Button>
        </View>
      </View>
    </View>
  );
}

/** 回访任务 (rule 十二(四)(五)): every open callback, overdue first, with big filter chips. Staff only. */
export default function CallbackTasks() {
  return <StaffGate>{(me) => <Tasks me={me} />}</StaffGate>;
}
