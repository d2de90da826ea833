import { useCallback, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../api/types';
import { toBeijingDate } from '../../../../domain/beijing';
import type { ComplaintBookRow } from '../../../../shared/tickets';
import { a11y, heading, roleOf } from '../../../../ui/a11y';
import { pageStyle } from '../../../../ui/font-scale';
import { StaffGate, type StaffMe } from '../../components/StaffGate';
import { complaintBook, complaintBookCsv } from '../../components/tickets/api';
import { BookRow, mayReadBook } from '../../components/tickets/BookRow';
import { copyText, downloadCsv, printPage } from '../../components/tickets/download';
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
  const print = () => {
    if (!printPage()) void Taro.showToast({ title: '请在电脑浏览器中打开本页打印', icon: 'none' });
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
      {csvText ? (
        <View className='card no-print'>
          <Text className='h2'>表格文字（可复制到电脑表格）</Text>
          <Button className='btn' onClick={() => void copyText(csvText, '已复制，可粘贴到表格')} {...a11y('复制全部文字', 'button')}>复制全部文字</Button>
          <Text className='book-text' userSelect>{csvText}</Text>
        </View>
      ) : null}
      <View className='bar no-print'>
        <View className='bar__row'>
          <Button className='btn' onClick={print} {...a11y('打印投诉记录本', 'button')}>打印</Button>
          <Button className='btn btn--primary' onClick={() => void csv()} {...a11y(process.env.TARO_ENV === 'weapp' ? '导出表格文字' : '下载表格 CSV', 'button')}>
            {process.env.TARO_ENV === 'weapp' ? '导出表格' : '下载表格'}
          </Button>
        </View>
      </View>
    </View>
  );
}

/** 投诉记录本 (rule 八(五)7): month range, a printable view and a CSV — director and admin only. */
export default function ComplaintBookPage() {
  return (
    <StaffGate>
      {(me: StaffMe) => (mayReadBook(me.roles) ? <Book /> : (
        <View className='page' style={pageStyle()}>
          <Text className='title' {...heading(1)}>没有权限</Text>
          <Text className='text'>投诉记录本只有工作站主任和平台管理人员可以查看。</Text>
        </View>
      ))}
    </StaffGate>
  );
}
