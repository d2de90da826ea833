import { useCallback, useEffect, useMemo, useState } from 'react';
import Taro, { usePullDownRefresh, useRouter, useShareAppMessage } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../../api/types';
import { toBeijingDate } from '../../../../../domain/beijing';
import { COMPLAINT_SCOPE_SHORT, type TicketView } from '../../../../../shared/tickets';
import { a11y, heading, roleOf } from '../../../../../ui/a11y';
import { formatMonthDay } from '../../../../../ui/dates';
import { pageStyle } from '../../../../../ui/font-scale';
import { guideUrl } from '../../../../../ui/links';
import { NoticeCard } from '../../../components/NoticeCard';
import { NoticeShare } from '../../../components/NoticeShare';
import { Section } from '../../../../../components/Section';
import { Timeline } from '../../../components/Timeline';
import { RatePrompt } from '../../rate/parts/RatePrompt';
import { MY_TICKETS_URL } from '../../../components/links';
import { getMyTicket } from '../../../components/tickets-api';
import { RESIDENT_TYPE_NAMES, residentStatus } from '../../../components/words';
import { readCachedOverview } from '../../../../../api/overview';
import type { Calendar } from '../../../../../domain/calendar';
import { safeCalendar } from '../../../../../ui/calendar';
import { provisionalFlag } from '../../../../../ui/provisional';
import { answerDue } from '../../../../../domain/tickets/clocks';
import '../../../components/resident.css';

/** The days promised on an open matter: acceptance (while waiting) and the answer, counted from receipt. */
function promisedDays(t: TicketView, calendar: Calendar): { label: string; day: string }[] {
  if (t.status === 'closed') return [];
  const out: { label: string; day: string }[] = [];
  if (t.status === 'received') {
    if (t.dueAt) out.push({ label: '最晚受理日期', day: toBeijingDate(t.dueAt) });
    const answer = answerDue(t.type, t.createdAt, calendar)?.dueAt;
    if (answer) out.push({ label: '最晚答复日期', day: toBeijingDate(answer) });
  } else if (t.dueAt) out.push({ label: '最晚答复日期', day: toBeijingDate(t.dueAt) });
  return out;
}

/** The status card: symbol and words, who handles it, and when the answer is due (flagged in a year without its notice). */
function StatusCard({ t }: { t: TicketView }) {
  const s = residentStatus(t.status);
  const calendar = useMemo(() => safeCalendar(readCachedOverview()?.overview.calendar), []);
  const days = promisedDays(t, calendar);
  const flag = days.map((d) => provisionalFlag(d.day, calendar)).find(Boolean);
  return (
    <View className={`card`} {...roleOf('status')}>
      <Text className={`state ${t.status === 'closed' ? 'state--done' : ''}`}>{s.symbol} {s.words}</Text>
      {t.assignee ? <Text className='text'>办理人：{t.assignee.name}</Text> : null}
      {days.map((d) => <Text key={d.label} className='text'>{d.label}：{formatMonthDay(d.day)}</Text>)}
      {flag ? <Text className='text'>（{flag}）</Text> : null}
      <Text className='muted'>{formatMonthDay(toBeijingDate(t.createdAt))}提交</Text>
    </View>
  );
}

/**
 * One of the resident's own matters: status in words, what they wrote, the staff's answers and
 * every step (timeline), the result, and the 一次性告知 they were given — readable and shareable.
 */
export default function MyTicket() {
  const id = useRouter().params.id ?? '';
  const [t, setT] = useState<TicketView | null>(null);
  const [error, setError] = useState<ApiError>();
  const load = useCallback(async () => {
    const res = await getMyTicket(decodeURIComponent(id));
    if (res.ok) { setT(res.data); setError(undefined); } else setError(res.error);
  }, [id]);
  useEffect(() => { void load(); }, [load]);
  usePullDownRefresh(() => { void load().finally(() => Taro.stopPullDownRefresh()); });
  useShareAppMessage((res) => {
    const guide = (res?.target as { dataset?: { guide?: string } } | undefined)?.dataset?.guide;
    return guide ? { title: '办事指南：要带什么、怎么办', path: guideUrl(guide) } : { title: '西山镇公共法律服务工作站', path: '/pages/index/index' };
  });

  if (!t) {
    return (
      <View className='page' style={pageStyle()}>
        <Text className='title' {...heading(1)}>事项进度</Text>
        {error ? (
          <View className='banner' {...roleOf('alert')}>
            <Text className='banner__title'>{error.message}</Text>
            <Button className='btn btn--small' onClick={() => void load()} {...a11y('重新加载', 'button')}>重新加载</Button>
          </View>
        ) : <Text className='text'>正在加载…</Text>}
        <Button className='btn' onClick={() => void Taro.redirectTo({ url: MY_TICKETS_URL })} {...a11y('我的全部事项', 'button')}>我的全部事项</Button>
      </View>
    );
  }
  const replies = t.timeline.filter((e) => e.kind === 'reply');
  return (
    <View className='page' style={pageStyle()}>
      <Text className='title' {...heading(1)}>我的{RESIDENT_TYPE_NAMES[t.type]}</Text>
      <StatusCard t={t} />
      {t.status === 'closed' ? <RatePrompt subject={{ type: 'ticket', id: t.id }} /> : null}
      {t.closure ? (
        <Section title='办理结果'>
          <View className='reply'><Text className='text'>{t.closure.result}</Text></View>
          {t.closure.outOfScope ? (
            <View>
              <Text className='text'>{t.closure.outOfScope.explanation}</Text>
              <Text className='text strong'>请到：{t.closure.outOfScope.whereToGo}</Text>
            </View>
          ) : null}
          <Text className='muted'>{t.closure.by.name}</Text>
        </Section>
      ) : null}
      {replies.length ? (
        <Section title={`工作人员的答复（${replies.length} 条）`}>
          {replies.map((r) => (
            <View key={r.id} className='reply'>
              <Text className='text'>{r.text}</Text>
              <Text className='muted'>{'staffId' in r.by ? r.by.name : ''}</Text>
            </View>
          ))}
        </Section>
      ) : null}
      {t.notices.map((n) => (
        <View key={n.id}>
          <NoticeCard notice={n} />
          <NoticeShare notice={n} />
        </View>
      ))}
      <Section title='您写的内容'>
        {t.complaint ? <Text className='muted'>问题类别：{COMPLAINT_SCOPE_SHORT[t.complaint.scope]}{t.complaint.respondentName ? ` · 投诉对象：${t.complaint.respondentName}` : ''}</Text> : null}
        <Text className='text'>{t.content}</Text>
      </Section>
      <Section title='办理经过'>
        <Timeline events={t.timeline} />
      </Section>
      <Button className='btn' onClick={() => void Taro.redirectTo({ url: MY_TICKETS_URL })} {...a11y('我的全部事项', 'button')}>我的全部事项</Button>
    </View>
  );
}
