import { useCallback, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../../api/types';
import { toBeijingDate } from '../../../../../domain/beijing';
import type { CallbackDetailRow } from '../../../../../shared/reports';
import { a11y, heading, roleOf } from '../../../../../ui/a11y';
import { pageStyle } from '../../../../../ui/font-scale';
import { BookGate } from '../../../components/BookGate';
import { MonthStepper } from '../../../components/tickets/MonthStepper';
import { monthText } from '../../../components/tickets/months';
import { callbackRows } from '../../../components/reports/api';
import { FileBar } from '../../../components/reports/FileBar';
import { useFileMaker } from '../../../components/reports/useFileMaker';
import '../../../components/tickets/tickets.css';
import '../../../components/reports/reports.css';

/**
 * 「共 3 次回访：已回访 2 次，待回访 1 次；回访后满意 2 次。」
 * @example callbackWords([{ doneDay: '2026-11-26', satisfiedNow: '满意' }] as CallbackDetailRow[]) // '共 1 次回访：已回访 1 次，待回访 0 次；回访后满意 1 次。'
 */
export function callbackWords(rows: Pick<CallbackDetailRow, 'doneDay' | 'satisfiedNow'>[]): string {
  const done = rows.filter((r) => r.doneDay).length;
  return `共 ${rows.length} 次回访：已回访 ${done} 次，待回访 ${rows.length - done} 次；回访后满意 ${rows.filter((r) => r.satisfiedNow === '满意').length} 次。`;
}

/** One line 「label：value」, left out when empty. */
const Line = ({ label, value }: { label: string; value: string }) => (value ? <Text className='book-row__cell'>{`${label}：${value}`}</Text> : null);

/** One callback: the matter, the person (tap the number to call), each answer of rule 十二(七). */
function CallbackCard({ r, n }: { r: CallbackDetailRow; n: number }) {
  const call = () => void Taro.makePhoneCall({ phoneNumber: r.phone }).catch(() => undefined);
  return (
    <View className='book-row' {...roleOf('listitem')}>
      <Text className='text strong'>{`${n}. ${r.title}`}</Text>
      <Text className='book-row__cell'>{`${r.doneDay ? '✓' : '…'} ${r.status}${r.doneDay ? `（${r.doneDay}，${r.method}）` : r.dueDay ? `（期限 ${r.dueDay}）` : ''}`}</Text>
      <Line label='经办人' value={r.staff} />
      <Line label='当事人' value={r.name} />
      {r.phone ? <Text className='book-row__cell nowrap' onClick={call} style={{ minHeight: '44px', textDecoration: 'underline' }} {...a11y(`拨打当事人电话：${r.phone}`, 'button')}>{`☎ ${r.phone}`}</Text> : null}
      <Line label='回访原因' value={r.reasons} />
      <Line label='评价' value={r.rating} />
      <Line label='办理进度及结果' value={r.progress} />
      <Line label='对工作人员的评价' value={r.staffView} />
      <Line label='意见和建议' value={r.opinions} />
      <Line label='回访后' value={r.satisfiedNow} />
      {r.attempts ? <Line label='未联系上' value={`${r.attempts} 次`} /> : null}
    </View>
  );
}

function Detail() {
  const thisMonth = toBeijingDate(Date.now()).slice(0, 7);
  const [month, setMonth] = useState(thisMonth);
  const [rows, setRows] = useState<CallbackDetailRow[] | null>(null);
  const [error, setError] = useState<ApiError>();
  const files = useFileMaker();
  const load = useCallback(async () => {
    setRows(null);
    const res = await callbackRows(month);
    if (res.ok) { setRows(res.data.rows); setError(undefined); } else setError(res.error);
  }, [month]);
  useEffect(() => { void load(); }, [load]);

  return (
    <View className='page page--with-bar' style={pageStyle()}>
      <Text className='title' {...heading(1)}>{`回访明细表 · ${monthText(month)}`}</Text>
      <Text className='muted'>每位当事人、每次回访的结果（规定第十二条（八）），定期向局领导汇报。含当事人联系方式，请勿外传。</Text>
      <MonthStepper label='月份' value={month} onChange={setMonth} max={thisMonth} />
      {error ? <View className='banner' {...roleOf('alert')} onClick={() => void load()}><Text>{`${error.message}（点此重试）`}</Text></View> : null}
      {rows === null && !error ? <Text className='text'>正在加载…</Text> : null}
      {rows ? <Text className='text strong' {...roleOf('status')}>{rows.length ? callbackWords(rows) : '这个月没有回访任务。'}</Text> : null}
      {rows && rows.length ? <View className='card' {...roleOf('list')}>{rows.map((r, i) => <CallbackCard key={r.taskId} r={r} n={i + 1} />)}</View> : null}
      <FileBar name='回访明细表' files={files} onFile={() => void files.make('回访明细表', { action: 'callbackTable', month })} />
    </View>
  );
}

/** 回访明细表 (rule 十二(八)): every party and every callback result of a month; printable, and as Excel. Director and admin. */
export default function CallbackDetailPage() {
  return <BookGate name='回访明细表'>{() => <Detail />}</BookGate>;
}
