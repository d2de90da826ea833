import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { a11y, heading, roleOf } from '../../../../ui/a11y';
import { formatMonthDayTime } from '../../../../ui/dates';
import { pageStyle } from '../../../../ui/font-scale';
import { CLOCK_TITLES, LEGAL_AID_PAGES, MATTER_KINDS, type LegalAidRow, type SameDayBoard, type SameDayStep } from '../../../../shared/legal-aid';
import { StaffGate, type StaffMe } from '../../components/StaffGate';
import { board as loadBoard, queue as loadQueue } from '../../components/legal-aid/api';
import { materialsLate, materialsLine } from '../../components/legal-aid/materials';
import '../../components/legal-aid/legal-aid.css';

type Filter = 'all' | 'green' | 'mine';
const FILTERS: [Filter, string][] = [['all', '全部待办'], ['green', '只看绿色通道'], ['mine', '我承办的']];
const STEP_WORDS: Record<SameDayStep, string> = { accept: '受理', decide: '审批', assign: '指派', firstAid: '援助' };

/** The same-day board (五个当天): today's green-channel applications and what is still open on each. */
export function Board({ data }: { data: SameDayBoard }) {
  return (
    <View className='card' {...roleOf('region', { 'aria-label': '今天的绿色通道' })}>
      <Text className='h2' {...heading(2)}>今天的绿色通道（{data.items.length} 件）</Text>
      {data.items.length === 0 ? <Text className='muted'>今天没有绿色通道申请。</Text> : null}
      {data.items.map((i) => (
        <View key={i.id} className='list-item' onClick={() => void Taro.navigateTo({ url: `${LEGAL_AID_PAGES.staff}?id=${i.id}` })} {...roleOf('link')}>
          <Text className='text strong'>{i.applicantName}</Text>
          <View>
            {(Object.keys(STEP_WORDS) as SameDayStep[]).map((s) => (
              <Text key={s} className={`la-tag ${i.steps[s].overdue ? 'la-tag--late' : ''}`}>
                {i.steps[s].done ? '✓' : i.steps[s].overdue ? '✕ 超时' : '○'} {STEP_WORDS[s]}
              </Text>
            ))}
          </View>
        </View>
      ))}
    </View>
  );
}

/** One queue row: green channel marked in words, the next clock and its due time, overdue in words, and (issue 11) the materials owed and whether late. */
export function QueueRow({ row, now = Date.now() }: { row: LegalAidRow; now?: number }) {
  const what = row.duePurpose ? CLOCK_TITLES[row.duePurpose] : '';
  const late = row.materials ? materialsLate(row.materials, now) : false;
  return (
    <View className={`la-row ${row.greenChannel ? 'la-row--green' : ''} ${row.overdue ? 'la-row--overdue' : ''}`}
      onClick={() => void Taro.navigateTo({ url: `${LEGAL_AID_PAGES.staff}?id=${row.id}` })} {...roleOf('link')}>
      {row.greenChannel ? <Text className='la-tag'>绿色通道</Text> : null}
      {row.urgent ? <Text className='la-tag'>先行援助</Text> : null}
      {row.overdue ? <Text className='la-tag la-tag--late'>已超期</Text> : null}
      {late ? <Text className='la-tag la-tag--late'>材料逾期</Text> : null}
      <Text className='msg__title' style={{ display: 'block' }}>{row.applicantName} · {MATTER_KINDS[row.matterKind]}</Text>
      <Text className='muted'>{row.statusLabel}{row.worker ? ` · ${row.worker}` : ''}</Text>
      {row.dueAt ? <Text className={`due ${row.overdue ? 'due--overdue' : ''}`}>{what || '补充材料'}：{formatMonthDayTime(row.dueAt)}前{row.provisional ? '（暂按周一至周五计算）' : ''}</Text> : null}
      {row.materials ? <Text className={`due ${late ? 'due--overdue' : ''}`}>{materialsLine(row.materials, now)}</Text> : null}
    </View>
  );
}

function Queue({ me }: { me: StaffMe }) {
  const [filter, setFilter] = useState<Filter>('all');
  const [rows, setRows] = useState<LegalAidRow[] | null>(null);
  const [today, setToday] = useState<SameDayBoard | null>(null);
  const [error, setError] = useState('');
  const station = (me.roles ?? []).some((r) => r === 'staff' || r === 'director' || r === 'admin');
  useEffect(() => {
    setRows(null);
    void loadQueue({ ...(filter === 'green' ? { green: true } : {}), ...(filter === 'mine' ? { mine: true } : {}) })
      .then((res) => (res.ok ? setRows(res.data.items) : setError(res.error.message)));
  }, [filter]);
  useEffect(() => { if (station) void loadBoard().then((res) => res.ok && setToday(res.data)); }, [station]);
  return (
    <View className='page' style={pageStyle()}>
      <Text className='title' {...heading(1)}>法律援助</Text>
      {station ? (
        <View className='row'>
          <Button className='btn btn--primary btn--small' onClick={() => void Taro.navigateTo({ url: '/packages/staff/pages/legal-aid/register/index' })} {...a11y('登记申请', 'button')}>登记申请</Button>
          <Button className='btn btn--small' onClick={() => void Taro.navigateTo({ url: '/packages/staff/pages/legal-aid/roster/index' })} {...a11y('援助人员名册', 'button')}>援助人员名册</Button>
        </View>
      ) : null}
      {today ? <Board data={today} /> : null}
      <View className='toggle' {...roleOf('radiogroup', { 'aria-label': '筛选' })}>
        {FILTERS.filter(([f]) => station || f === 'all').map(([f, label]) => (
          <Button key={f} className={`btn btn--small ${filter === f ? 'btn--on' : ''}`} aria-checked={filter === f ? 'true' : 'false'} onClick={() => setFilter(f)} {...a11y(label, 'radio')}>{filter === f ? '● ' : ''}{label}</Button>
        ))}
      </View>
      <Text className='muted'>绿色通道排在最前，其余按到期时间。</Text>
      {error ? <Text className='bar__error' {...roleOf('alert')}>{error}</Text> : null}
      {rows === null && !error ? <Text className='muted'>正在加载…</Text> : null}
      {rows?.length === 0 ? <Text className='muted'>没有待办的法律援助申请。</Text> : null}
      {rows?.map((r) => <QueueRow key={r.id} row={r} />)}
    </View>
  );
}

/** 法律援助 queue for staff and legal-aid workers: the same-day board, then the queue (green first, then by due time). */
export default function LegalAidQueuePage() {
  return <StaffGate>{(me) => <Queue me={me} />}</StaffGate>;
}
