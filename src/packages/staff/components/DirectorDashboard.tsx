import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { callFunction } from '../../../api/call';
import { a11y, heading, roleOf } from '../../../ui/a11y';
import type { Dashboard, SubmissionRow } from '../../../shared/reports';
import { quarterOf } from '../../../domain/reports/period';
import { submissions } from './reports/api';
import { useFileMaker } from './reports/useFileMaker';
import { periodText } from './reports/words';

const SUBMISSIONS_URL = '/packages/staff/pages/reports/submissions/index';

/**
 * What the director must know about reports on time (rule 十一(五)): the missing ones first (the
 * latest three by name), else the next one due, else that all went.
 * @example dueWords([{ kind: 'monthly', period: '2026-10', state: 'missing', dueDay: '2026-11-06' }] as SubmissionRow[]) // '⚠ 逾期未报 1 期：2026年10月月报'
 */
export function dueWords(rows: Pick<SubmissionRow, 'kind' | 'period' | 'state' | 'dueDay'>[]): string {
  const name = (r: Pick<SubmissionRow, 'kind' | 'period'>) => `${periodText(r.period)}${r.kind === 'monthly' ? '月报' : '季报'}`;
  const missing = rows.filter((r) => r.state === 'missing');
  if (missing.length) return `⚠ 逾期未报 ${missing.length} 期：${[...missing].reverse().slice(0, 3).map(name).join('、')}${missing.length > 3 ? ' 等' : ''}`;
  const pending = rows.filter((r) => r.state === 'pending');
  if (pending.length) return `待报送：${pending.map((r) => `${name(r)}（${r.dueDay} 前）`).join('、')}`;
  return '✓ 今年到期的报表都已报送';
}

/** The chart's numbers in words, for screen readers and for anyone who prefers to read them. */
export function trendWords(trend: Dashboard['trend']): string {
  const total = trend.reduce((n, t) => n + t.count, 0);
  const busiest = trend.reduce((b, t) => (t.count > b.count ? t : b), { day: '', count: 0 });
  return `本月至今共受理 ${total} 件${busiest.count ? `，最多的一天是 ${Number(busiest.day.slice(5, 7))}月${Number(busiest.day.slice(8))}日（${busiest.count} 件）` : ''}。`;
}

/** Bars drawn with plain views: each day's height follows its count; the numbers are also text. */
function TrendBars({ trend }: { trend: Dashboard['trend'] }) {
  const max = Math.max(1, ...trend.map((t) => t.count));
  return (
    <View>
      <View className='trend' aria-hidden='true' style={{ display: 'flex', alignItems: 'flex-end', height: '96px', gap: '2px', borderBottom: '2px solid #333' }}>
        {trend.map((t) => (
          <View key={t.day} style={{ flex: 1, height: `${Math.round((t.count / max) * 100)}%`, minHeight: t.count ? '4px' : '0', background: '#1f5fa8' }} />
        ))}
      </View>
      <Text className='text'>{trendWords(trend)}</Text>
      <View {...roleOf('list')} style={{ display: 'flex', flexWrap: 'wrap', gap: '0 12px' }}>
        {trend.filter((t) => t.count > 0).map((t) => (
          <Text key={t.day} className='muted' {...roleOf('listitem')}>{`${Number(t.day.slice(8))}日：${t.count} 件`}</Text>
        ))}
      </View>
    </View>
  );
}

/** One figure of today, large, its words beside it (no meaning in colour alone). */
function Tile({ label, value, warn }: { label: string; value: number; warn?: boolean }) {
  return (
    <View className='tile' style={{ minHeight: '44px' }}>
      <Text className='text strong'>{`${warn && value > 0 ? '⚠ ' : ''}${label}：${value} 件`}</Text>
    </View>
  );
}

/**
 * 「今日概况」 for directors and admins: open, overdue, green-channel applications still open
 * today, callbacks due; the month's trend; and the month's Excel and the quarter's Word report
 * to download (on a phone they open in the document viewer).
 */
export function DirectorDashboard() {
  const [d, setD] = useState<Dashboard | null>(null);
  const [failed, setFailed] = useState('');
  const [due, setDue] = useState('');
  const files = useFileMaker();
  useEffect(() => {
    void callFunction<Dashboard>('reports', { action: 'dashboard' }).then((res) => {
      if (!res.ok) return setFailed(res.error.message);
      setD(res.data);
      void submissions(Number(res.data.month.slice(0, 4))).then((h) => h.ok && setDue(h.data.length ? dueWords(h.data) : ''));
    });
  }, []);

  if (!d) return failed ? <Text className='muted' {...roleOf('status')}>{failed}</Text> : null;
  const quarter = quarterOf(d.month);
  return (
    <View className='card' aria-label='今日概况'>
      <Text className='subtitle' {...heading(2)}>{`今日概况（${d.today.date}）`}</Text>
      <View className='tiles'>
        <Tile label='办理中的事项' value={d.today.open} />
        <Tile label='已超期' value={d.today.overdue} warn />
        <Tile label='今天须办结的绿色通道法律援助' value={d.today.greenOpenToday} warn />
        <Tile label='今天到期的回访' value={d.today.callbacksDue} warn />
      </View>
      <Text className='subtitle' {...heading(2)}>{`${d.month} 每日受理`}</Text>
      <TrendBars trend={d.trend} />
      {due ? (
        <View className={due.startsWith('⚠') ? 'banner' : 'card'} style={{ minHeight: '44px' }} onClick={() => void Taro.navigateTo({ url: SUBMISSIONS_URL })} {...a11y(`报表报送：${due}　报送记录`, 'link')}>
          <Text className='text strong'>{`${due}　报送记录 ›`}</Text>
        </View>
      ) : null}
      <Button className='btn' {...(files.busy ? { disabled: true } : {})} onClick={() => void files.make('本月统计 Excel', { action: 'monthlyXlsx', month: d.month })}>下载本月统计（Excel）</Button>
      <Button className='btn' {...(files.busy ? { disabled: true } : {})} onClick={() => void files.make('季度分析报告', { action: 'quarterlyReport', quarter, format: 'docx' })}>{`下载${quarter.replace('-Q', '年第')}季度分析报告（Word）`}</Button>
      {files.message ? <Text className={files.failed ? 'bar__error' : 'muted'} {...roleOf(files.failed ? 'alert' : 'status')}>{files.message}</Text> : null}
    </View>
  );
}
