import { useCallback, useEffect, useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../api/types';
import type { InboxRow, TicketStatus, TicketType } from '../../../../shared/tickets';
import { a11y, heading, roleOf } from '../../../../ui/a11y';
import { pageStyle } from '../../../../ui/font-scale';
import { StaffGate, type StaffMe } from '../../components/StaffGate';
import { loadInbox } from '../../components/tickets/api';
import { Chips, type ChipOption } from '../../components/tickets/Chips';
import { InboxRowView } from '../../components/tickets/InboxRowView';
import { COMPLAINT_BOOK_URL, REGISTER_URL } from '../../components/tickets/links';
import { useStation } from '../../components/tickets/useCalendar';
import { TYPE_SHORT } from '../../components/tickets/words';
import '../../components/tickets/tickets.css';

type TypeFilter = TicketType | 'all';
type StatusFilter = TicketStatus | 'open';

const TYPE_CHIPS: ChipOption<TypeFilter>[] = [
  { value: 'all', label: '全部' },
  ...(['complaint', 'consultation', 'suggestion', 'praise', 'legalAid', 'mediation', 'guidance', 'adminApproval', 'other'] as TicketType[])
    .map((t) => ({ value: t, label: TYPE_SHORT[t] })),
];
const STATUS_CHIPS: ChipOption<StatusFilter>[] = [
  { value: 'open', label: '未办结' },
  { value: 'received', label: '待受理' },
  { value: 'processing', label: '办理中' },
  { value: 'closed', label: '已办结' },
];

function Inbox({ me }: { me: StaffMe }) {
  const { calendar, now } = useStation();
  const [type, setType] = useState<TypeFilter>('all');
  const [status, setStatus] = useState<StatusFilter>('open');
  const [items, setItems] = useState<InboxRow[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<ApiError>();
  const filter = { type: type === 'all' ? undefined : type, status: status === 'open' ? undefined : status };

  const load = useCallback(async () => {
    const res = await loadInbox(filter);
    if (res.ok) { setItems(res.data.items); setNext(res.data.next); setError(undefined); } else setError(res.error);
  }, [type, status]); // eslint-disable-line react-hooks/exhaustive-deps
  const more = async () => {
    if (!next) return;
    const res = await loadInbox({ ...filter, after: next });
    if (res.ok) { setItems((old) => [...(old ?? []), ...res.data.items]); setNext(res.data.next); } else setError(res.error);
  };
  useEffect(() => { setItems(null); void load(); }, [load]);
  useDidShow(() => { if (items) void load(); });
  usePullDownRefresh(() => { void load().finally(() => Taro.stopPullDownRefresh()); });
  const overdue = (items ?? []).filter((r) => r.overdue && r.status !== 'closed').length;
  const canBook = (me.roles ?? []).some((r) => r === 'director' || r === 'admin');

  return (
    <View className='page page--with-bar' style={pageStyle()}>
      <Text className='title' {...heading(1)}>来件受理</Text>
      <Text className='muted'>已超期的排最前，其余按到期时间排。下拉可刷新。</Text>
      {overdue ? <View className='banner' {...roleOf('status')}><Text className='banner__title'>⚠ 有 {overdue} 件已超期，请先办理</Text></View> : null}
      <Chips label='状态' options={STATUS_CHIPS} value={status} onChange={setStatus} scroll />
      <Chips label='类型' options={TYPE_CHIPS} value={type} onChange={setType} scroll />
      {error ? (
        <View className='banner' {...roleOf('alert')} onClick={() => void load()}><Text>{error.message}（点此重试）</Text></View>
      ) : null}
      {items === null && !error ? <Text className='text'>正在加载…</Text> : null}
      {items && items.length === 0 ? <Text className='text'>没有符合条件的来件。</Text> : null}
      {items && items.length ? (
        <View className='card' role='list'>
          {items.map((row) => <InboxRowView key={row.id} row={row} now={now} calendar={calendar} />)}
        </View>
      ) : null}
      {next ? <Button className='btn' onClick={() => void more()} {...a11y('显示更多', 'button')}>显示更多</Button> : null}
      <View className='bar'>
        <View className='bar__row'>
          {canBook ? <Button className='btn' onClick={() => void Taro.navigateTo({ url: COMPLAINT_BOOK_URL })} {...a11y('投诉记录本', 'button')}>投诉记录本</Button> : null}
          <Button className='btn btn--primary' onClick={() => void Taro.navigateTo({ url: REGISTER_URL })} {...a11y('登记来访来电', 'button')}>＋ 登记来访来电</Button>
        </View>
      </View>
    </View>
  );
}

/** 来件受理: every open ticket of the station, overdue first, with big filter chips. Staff only. */
export default function TicketInbox() {
  return <StaffGate>{(me) => <Inbox me={me} />}</StaffGate>;
}
