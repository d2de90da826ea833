import { useCallback, useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../api/types';
import { toBeijingDate } from '../../../../domain/beijing';
import type { ComplaintBookRow } from '../../../../shared/tickets';
import { heading, roleOf } from '../../../../ui/a11y';
import { pageStyle } from '../../../../ui/font-scale';
import { BookGate } from '../../components/BookGate';
import { CopyCard, ReportBar } from '../../components/ReportBar';
import { complaintBook, complaintBookCsv } from '../../components/tickets/api';
import { BookRow } from '../../components/tickets/BookRow';
import { downloadCsv } from '../../components/tickets/download';
import { MonthStepper } from '../../components/tickets/MonthStepper';
import { monthRange, monthText } from '../../components/tickets/months';
import '../../components/tickets/tickets.css';

function Book() {
  const thisMonth = toBeijingDate(Date.now()).slice(0, 7);
  const [from, setFrom] = useState(thisMonth);
  const [to, setTo] = useState(thisMonth);
  const [rows, setRows] = useState<ComplaintBookRow[] | null>(null);
  const [error, setError] = useState<ApiError>();
  const [csvText, setCsvText] = useState('');
  const range = monthRange(from <= to ? from : to, from <= to ? to : from);
  const title = from === to ? monthText(from) : `${monthText(from <= to ? from : to)}至${monthText(from <= to ? to : from)}`;

  const load = useCallback(async () => {
    setRows(null);
    setCsvText('');
    const res = await complaintBook(range.from, range.to);
    if (res.ok) { setRows(res.data.rows); setError(undefined); } else setError(res.error);
  }, [range.from, range.to]);
  useEffect(() => { void load(); }, [load]);

  const csv = async () => {
    const res = await complaintBookCsv(range.from, range.to);
    if (!res.ok) return setError(res.error);
    if (!downloadCsv(res.data.filename, res.data.csv)) setCsvText(res.data.csv.replace(/^\uFEFF/, ''));
  };

  return (
    <View className='page page--with-bar' style={pageStyle()}>
      <Text className='title' {...heading(1)}>投诉记录本 · {title}</Text>
      <Text className='muted'>每件投诉的内容、处理过程和结果（规定第八条）。含投诉人信息，查看已记录。</Text>
      <MonthStepper label='从' value={from} onChange={setFrom} max={thisMonth} />
      <MonthStepper label='到' value={to} onChange={setTo} max={thisMonth} />
      {error ? <View className='banner' {...roleOf('alert')} onClick={() => void load()}><Text>{error.message}（点此重试）</Text></View> : null}
      {rows === null && !error ? <Text className='text'>正在加载…</Text> : null}
      {rows ? <Text className='text strong' {...roleOf('status')}>共 {rows.length} 件投诉{rows.length ? `，已办结 ${rows.filter((r) => r.closedAt !== null).length} 件` : ''}</Text> : null}
      {rows && rows.length ? (
        <View className='card' role='list'>
          {rows.map((r, i) => <BookRow key={r.id} row={r} n={i + 1} />)}
        </View>
      ) : null}
      <CopyCard text={csvText} />
      <ReportBar name='投诉记录本' onExport={() => void csv()} />
    </View>
  );
}

/** 投诉记录本 (rule 八(五)7): month range, a printable view and a CSV — director and admin only. */
export default function ComplaintBookPage() {
  return <BookGate name='投诉记录本'>{() => <Book />}</BookGate>;
}
