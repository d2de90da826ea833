import { useCallback, useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../api/types';
import { toBeijingDate } from '../../../../domain/beijing';
import type { RatingsTable } from '../../../../shared/ratings';
import { heading, roleOf } from '../../../../ui/a11y';
import { pageStyle } from '../../../../ui/font-scale';
import { BookGate } from '../../components/BookGate';
import { CopyCard, ReportBar } from '../../components/ReportBar';
import { downloadCsv } from '../../components/tickets/download';
import { MonthStepper } from '../../components/tickets/MonthStepper';
import { monthText } from '../../components/tickets/months';
import { ratingsTable, ratingsTableCsv } from '../callbacks/parts/api';
import { MandatoryBlock } from './parts/MandatoryBlock';
import { SampleDrawBlock } from './parts/SampleDrawBlock';
import { CallbackSettingsCard } from './parts/CallbackSettingsCard';
import { isAdminRole } from '../../components/roles';
import { ratePercent } from './parts/percent';
import { RowCells, TableRows } from './parts/TableRows';
import '../../components/tickets/tickets.css';
import './table.css';
import { formatMonthDayTime } from '../../../../ui/dates';

/** Rule 十二(五): the month's draw, or when it will be made. */
function SampleLine({ s }: { s: RatingsTable['sample'] }) {
  if (!s) return <Text className='text'>本月的抽访名单在下月第一个工作日抽取（不少于 5%）。</Text>;
  return <Text className='text'>抽访：{s.populationSize} 件热线/网上办结事项中抽取 {s.drawn} 件（抽访率 {ratePercent(s.rate)}），已回访 {s.done} 件。</Text>;
}

function Table({ admin }: { admin: boolean }) {
  const thisMonth = toBeijingDate(Date.now()).slice(0, 7);
  const [month, setMonth] = useState(thisMonth);
  const [table, setTable] = useState<RatingsTable | null>(null);
  const [error, setError] = useState<ApiError>();
  const [csvText, setCsvText] = useState('');
  const load = useCallback(async () => {
    setTable(null);
    setCsvText('');
    const res = await ratingsTable(month);
    if (res.ok) { setTable(res.data); setError(undefined); } else setError(res.error);
  }, [month]);
  useEffect(() => { void load(); }, [load]);
  const csv = async () => {
    const res = await ratingsTableCsv(month);
    if (!res.ok) return setError(res.error);
    if (!downloadCsv(res.data.filename, res.data.csv)) setCsvText(res.data.csv.replace(/^\uFEFF/, ''));
  };

  return (
    <View className='page page--with-bar' style={pageStyle()}>
      <Text className='title' {...heading(1)}>回访汇总表 · {monthText(month)}</Text>
      <Text className='muted'>每位工作人员、每类事项的评价和回访情况（规定第十二条），定期向局领导汇报。</Text>
      <MonthStepper label='月份' value={month} onChange={setMonth} max={thisMonth} />
      {error ? <View className='banner' {...roleOf('alert')} onClick={() => void load()}><Text>{error.message}（点此重试）</Text></View> : null}
      {!table && !error ? <Text className='text'>正在加载…</Text> : null}
      {table ? (
        <View>
          <MandatoryBlock m={table.mandatory} />
          <View className='card'>
            <Text className='h2' {...heading(2)}>全站合计</Text>
            <RowCells r={table.totals} />
            <SampleLine s={table.sample} />
            <Text className='muted'>生成于 {formatMonthDayTime(table.generatedAt)}</Text>
          </View>
          {table.rows.length ? <TableRows rows={table.rows} /> : <Text className='text'>本月没有办结的事项。</Text>}
          <SampleDrawBlock month={month} drawn={table.sample !== null} />
        </View>
      ) : null}
      {admin ? <CallbackSettingsCard /> : null}
      <CopyCard text={csvText} />
      <ReportBar name='回访汇总表' onExport={() => void csv()} />
    </View>
  );
}

/** 回访汇总表 (rule 十二(八)): per month, per staff member and type, with the month's sample draw; printable and as CSV. Director / admin; admins also set the callback deadline here. */
export default function CallbackTablePage() {
  return <BookGate name='回访汇总表'>{(me) => <Table admin={isAdminRole(me.roles)} />}</BookGate>;
}
