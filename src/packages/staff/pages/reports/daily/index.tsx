import { useCallback, useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../../api/types';
import { toBeijingDate } from '../../../../../domain/beijing';
import { REGISTER_KINDS, type RegisterKind, type RegisterRow } from '../../../../../shared/reports';
import { heading, roleOf } from '../../../../../ui/a11y';
import { pageStyle } from '../../../../../ui/font-scale';
import { StaffGate } from '../../../components/StaffGate';
import { dailyRegister } from '../../../components/reports/api';
import { FileBar } from '../../../components/reports/FileBar';
import { Stepper } from '../../../components/reports/Stepper';
import { useFileMaker } from '../../../components/reports/useFileMaker';
import { dayText, shiftDay } from '../../../components/reports/words';
import '../../../components/tickets/tickets.css';
import '../../../components/reports/reports.css';

const COLUMNS = ['序号', '时间', '类别', '方式', '姓名', '电话', '事由', '接待人', '办理结果'] as const;

/**
 * 「共 5 件：来访来电 3 件，法律援助申请 1 件，预约办事 1 件。」
 * @example registerWords([{ kind: 'ticket' }] as RegisterRow[]) // '共 1 件：来访来电 1 件。'
 */
export function registerWords(rows: Pick<RegisterRow, 'kind'>[]): string {
  const parts = (Object.keys(REGISTER_KINDS) as RegisterKind[])
    .map((k) => [REGISTER_KINDS[k], rows.filter((r) => r.kind === k).length] as const)
    .filter(([, n]) => n > 0)
    .map(([w, n]) => `${w} ${n} 件`);
  return `共 ${rows.length} 件${parts.length ? `：${parts.join('，')}` : ''}。`;
}

/** One contact as a card on the phone. */
function RegisterCard({ r, n }: { r: RegisterRow; n: number }) {
  return (
    <View className='book-row' {...roleOf('listitem')}>
      <Text className='text strong'>{`${n}. ${r.time} ${r.category}（${r.channel}）`}</Text>
      <Text className='book-row__cell'>{`${r.name || '（未留姓名）'}${r.phone ? `　${r.phone}` : ''}`}</Text>
      <Text className='book-row__cell'>{`事由：${r.summary}`}</Text>
      <Text className='book-row__cell'>{`接待人：${r.receivedBy}`}</Text>
      <Text className='book-row__cell'>{`办理结果：${r.outcome}`}</Text>
    </View>
  );
}

/** The paper form: a table drawn with views, shown only when printing (the phone shows the cards). */
function PrintTable({ rows }: { rows: RegisterRow[] }) {
  const line = (cells: readonly string[], key: string, head = false) => (
    <View key={key} className='rp-tr'>{cells.map((v, j) => <Text key={j} className={head ? 'rp-td rp-th' : 'rp-td'}>{v}</Text>)}</View>
  );
  return (
    <View className='rp-print-table' aria-hidden='true'>
      {line(COLUMNS, 'head', true)}
      {rows.map((r, i) => line([String(i + 1), r.time, r.category, r.channel, r.name, r.phone, r.summary, r.receivedBy, r.outcome], r.id))}
    </View>
  );
}

function Register() {
  const today = toBeijingDate(Date.now());
  const [date, setDate] = useState(today);
  const [rows, setRows] = useState<RegisterRow[] | null>(null);
  const [error, setError] = useState<ApiError>();
  const files = useFileMaker();
  const load = useCallback(async () => {
    setRows(null);
    const res = await dailyRegister(date);
    if (res.ok) { setRows(res.data.rows); setError(undefined); } else setError(res.error);
  }, [date]);
  useEffect(() => { void load(); }, [load]);

  return (
    <View className='page page--with-bar' style={pageStyle()}>
      <Text className='title' {...heading(1)}>{`来访来电登记表 · ${dayText(date)}`}</Text>
      <Text className='muted no-print'>当天每一位来访、来电、来信、意见箱、网上、转来的群众，法律援助申请、预约和上门服务（规定第十一条（二））。电话已隐去中间四位。</Text>
      <Text className='muted'>西山镇公共法律服务工作站</Text>
      <Stepper label='日期' value={date} text={dayText} shift={shiftDay} unit='天' onChange={setDate} max={today} />
      {error ? <View className='banner' {...roleOf('alert')} onClick={() => void load()}><Text>{`${error.message}（点此重试）`}</Text></View> : null}
      {rows === null && !error ? <Text className='text'>正在加载…</Text> : null}
      {rows ? <Text className='text strong' {...roleOf('status')}>{rows.length ? registerWords(rows) : '这一天没有登记。'}</Text> : null}
      {rows && rows.length ? <View className='card rp-cards' {...roleOf('list')}>{rows.map((r, i) => <RegisterCard key={r.id} r={r} n={i + 1} />)}</View> : null}
      {rows && rows.length ? <PrintTable rows={rows} /> : null}
      <FileBar name='来访来电登记表' files={files} onFile={() => void files.make('来访来电登记表', { action: 'dailyRegisterXlsx', date })} />
    </View>
  );
}

/** 来访来电登记表 (rule 十一(二)): every contact of a Beijing day by category, who received it and the outcome; printable, and as Excel. All staff. */
export default function DailyRegisterPage() {
  return <StaffGate>{() => <Register />}</StaffGate>;
}
