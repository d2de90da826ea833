import { useCallback, useEffect, useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../api/types';
import { toBeijingDate } from '../../../../domain/beijing';
import type { MyTicketRow, OneTimeNotice } from '../../../../shared/tickets';
import { a11y, heading, roleOf } from '../../../../ui/a11y';
import { formatMonthDay } from '../../../../ui/dates';
import { pageStyle } from '../../../../ui/font-scale';
import { ASK_URL, COMPLAINT_URL, myTicketUrl } from '../../components/links';
import { myNotices, myTickets } from '../../components/tickets-api';
import { RESIDENT_TYPE_NAMES, residentStatus } from '../../components/words';
import '../../components/resident.css';

/** One matter in the list, in words: what, status with a symbol, when, how many answers (read as shown). */
function Row({ row }: { row: MyTicketRow }) {
  const s = residentStatus(row.status);
  return (
    <View className='list-item' {...roleOf('listitem')}>
      <View onClick={() => void Taro.navigateTo({ url: myTicketUrl(row.id) })} {...roleOf('link')}>
      <Text className='text strong'>{RESIDENT_TYPE_NAMES[row.type]} ›</Text>
      <Text className={`state ${row.status === 'closed' ? 'state--done' : ''}`}>{s.symbol} {s.words}</Text>
      <Text className='text'>{row.preview}</Text>
      <Text className='muted'>{formatMonthDay(toBeijingDate(row.createdAt))}提交{row.replies ? ` · 有 ${row.replies} 条答复` : ' · 还没有答复'}</Text>
      </View>
    </View>
  );
}

/** 「我的事项」: the resident's own complaints, questions, suggestions and praise, newest first. */
export default function MyTickets() {
  const [items, setItems] = useState<MyTicketRow[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [notices, setNotices] = useState<OneTimeNotice[]>([]);
  const [error, setError] = useState<ApiError>();
  const load = useCallback(async () => {
    const [res, told] = await Promise.all([myTickets(), myNotices()]);
    if (res.ok) { setItems(res.data.items); setNext(res.data.next); setError(undefined); } else setError(res.error);
    if (told.ok) setNotices(told.data.items);
  }, []);
  const more = async () => {
    if (!next) return;
    const res = await myTickets(next);
    if (res.ok) { setItems((old) => [...(old ?? []), ...res.data.items]); setNext(res.data.next); } else setError(res.error);
  };
  useEffect(() => { void load(); }, [load]);
  useDidShow(() => { if (items) void load(); });
  usePullDownRefresh(() => { void load().finally(() => Taro.stopPullDownRefresh()); });

  return (
    <View className='page' style={pageStyle()}>
      <Text className='title' {...heading(1)}>我的事项</Text>
      <Text className='muted'>您提交的投诉、咨询、建议和表扬，最新的在最上面。点一条看进度和答复。</Text>
      {error ? (
        <View className='banner' {...roleOf('alert')}>
          <Text className='banner__title'>{error.message}</Text>
          <Button className='btn btn--small' onClick={() => void load()} {...a11y('重新加载', 'button')}>重新加载</Button>
        </View>
      ) : null}
      {items === null && !error ? <Text className='text'>正在加载…</Text> : null}
      {items && items.length === 0 ? <Text className='text'>您还没有提交过事项。</Text> : null}
      {items && items.length ? (
        <View className='card' role='list'>
          {items.map((row) => <Row key={row.id} row={row} />)}
        </View>
      ) : null}
      {notices.length ? (
        <View className='card'>
          <Text className='h2' {...heading(2)}>我收到的一次性告知（{notices.length} 份）</Text>
          <Text className='muted'>办事要带的材料、流程和时限，点开可以复制发给家人。</Text>
          {notices.map((n) => (
            <View key={n.id} className='list-item' onClick={() => void Taro.navigateTo({ url: myTicketUrl(n.ticketId) })} {...roleOf('link')}>
              <Text className='text strong'>{n.oral ? '☎' : '✉'} {n.title} ›</Text>
              <Text className='muted'>{n.issuedBy.name} · {formatMonthDay(toBeijingDate(n.issuedAt))}</Text>
            </View>
          ))}
        </View>
      ) : null}
      {next ? <Button className='btn' onClick={() => void more()} {...a11y('显示更早的事项', 'button')}>显示更早的事项</Button> : null}
      <Button className='btn btn--primary' onClick={() => void Taro.navigateTo({ url: COMPLAINT_URL })} {...a11y('我要投诉', 'button')}>我要投诉</Button>
      <Button className='btn' onClick={() => void Taro.navigateTo({ url: ASK_URL })} {...a11y('咨询问题、提建议、表扬', 'button')}>咨询问题、提建议、表扬</Button>
    </View>
  );
}
