import { useEffect, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { callFunction } from '../../../api/call';
import type { FnEvent } from '../../../api/types';
import { openReportFile } from '../../../api/report-file';
import { heading, roleOf } from '../../../ui/a11y';
import type { Dashboard, FileAnswer } from '../../../shared/reports';
import { quarterOf } from '../../../domain/reports/period';

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
    <View className='tile' style={{ minHeight: '44px', padding: '8px 0' }}>
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
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState('');
  useEffect(() => {
    void callFunction<Dashboard>('reports', { action: 'dashboard' }).then((res) => (res.ok ? setD(res.data) : setMessage(res.error.message)));
  }, []);

  const download = async (label: string, event: FnEvent) => {
    setBusy(label);
    setMessage(`正在生成${label}，请稍候…`);
    const res = await callFunction<FileAnswer>('reports', event);
    const problem = res.ok ? await openReportFile(res.data) : res.error.message;
    setMessage(problem ?? `${label}已生成：${res.ok ? res.data.file.name : ''}`);
    setBusy('');
  };

  if (!d) return message ? <Text className='muted' {...roleOf('status')}>{message}</Text> : null;
  const quarter = quarterOf(d.month);
  return (
    <View className='card' aria-label='今日概况'>
      <Text className='subtitle' {...heading(2)}>{`今日概况（${d.today.date}）`}</Text>
      <Tile label='办理中的事项' value={d.today.open} />
      <Tile label='已超期' value={d.today.overdue} warn />
      <Tile label='今天须办结的绿色通道法律援助' value={d.today.greenOpenToday} warn />
      <Tile label='今天到期的回访' value={d.today.callbacksDue} warn />
      <Text className='subtitle' {...heading(2)}>{`${d.month} 每日受理`}</Text>
      <TrendBars trend={d.trend} />
      <Button className='btn' disabled={!!busy} onClick={() => void download('本月统计 Excel', { action: 'monthlyXlsx', month: d.month })}>下载本月统计（Excel）</Button>
      <Button className='btn' disabled={!!busy} onClick={() => void download('季度分析报告', { action: 'quarterlyReport', quarter, format: 'docx' })}>{`下载${quarter.replace('-Q', '年第')}季度分析报告（Word）`}</Button>
      {message ? <Text className='muted' {...roleOf('status')}>{message}</Text> : null}
    </View>
  );
}
