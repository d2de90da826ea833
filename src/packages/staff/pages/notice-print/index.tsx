import { useCallback, useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../api/types';
import { toBeijingDate } from '../../../../domain/beijing';
import { STATION_PHONE } from '../../../../shared/appointments';
import type { OneTimeNotice, TicketStaffView } from '../../../../shared/tickets';
import { a11y, heading, roleOf } from '../../../../ui/a11y';
import { FALLBACK_STATION } from '../../../../ui/fallback';
import { pageStyle } from '../../../../ui/font-scale';
import { StaffGate } from '../../components/StaffGate';
import { getTicket } from '../../components/tickets/api';
import { printPage } from '../../components/tickets/download';
import '../../components/tickets/tickets.css';
import './notice-print.css';

/**
 * A day on paper.
 * @example paperDate(Date.parse('2026-11-26T11:00:00+08:00')) // '2026年11月26日'
 */
function paperDate(ms: number): string {
  const [y, m, d] = toBeijingDate(ms).split('-');
  return `${y}年${+m}月${+d}日`;
}

function Field({ label, value }: { label: string; value: string }) {
  return <Text className='notice-doc__field'><Text className='strong'>{label}：</Text>{value}</Text>;
}

function Block({ label, items, box = false }: { label: string; items: string[]; box?: boolean }) {
  if (!items.length) return null;
  return (
    <View>
      <Text className='notice-doc__label' {...heading(2)}>{label}</Text>
      <View role='list' aria-label={label}>
        {items.map((it, i) => (
          <Text key={i} className='notice-doc__item' {...roleOf('listitem')}>{box ? <Text className='notice-doc__box'>☐</Text> : `${i + 1}. `}{it}</Text>
        ))}
      </View>
    </View>
  );
}

/** The written notice as printed: everything rule 三(一) asks for, in large print. */
function NoticeDoc({ t, n }: { t: TicketStaffView; n: OneTimeNotice }) {
  return (
    <View className='notice-doc'>
      <Text className='notice-doc__station'>{FALLBACK_STATION.name}</Text>
      <Text className='notice-doc__title' {...heading(1)}>一次性告知书</Text>
      <Field label='告知日期' value={paperDate(n.issuedAt)} />
      <Field label='姓名' value={t.contact?.name ?? '＿＿＿＿＿＿'} />
      <Field label='办理事项' value={n.title.replace(/^一次性告知：/, '')} />
      <Block label='政策规定' items={n.policy ? n.policy.split('\n') : []} />
      <Block label='办理流程' items={n.process} />
      <Block label='所需材料（备齐一项打一个 ✓）' items={n.materials} box />
      {n.extra ? <Block label='另需注意' items={[n.extra]} /> : null}
      <Block label='办理时限' items={n.timeLimit ? [n.timeLimit] : []} />
      <Block label='办理地点' items={n.whereToGo ? [n.whereToGo] : []} />
      <Text className='notice-doc__foot'>告知人：{n.issuedBy.name}　　工作站电话：{STATION_PHONE}</Text>
      <Text className='notice-doc__foot'>材料备齐后请带上本告知书来办理；有不清楚的地方，请打电话问我们。</Text>
    </View>
  );
}

function print(): void {
  if (!printPage()) void Taro.showToast({ title: '请在电脑浏览器中打开本页打印', icon: 'none' });
}

function NoticePrint({ ticketId, noticeId }: { ticketId: string; noticeId: string }) {
  const [t, setT] = useState<TicketStaffView | null>(null);
  const [error, setError] = useState<ApiError>();
  const load = useCallback(async () => {
    const res = await getTicket(ticketId);
    if (res.ok) { setT(res.data); setError(undefined); } else setError(res.error);
  }, [ticketId]);
  useEffect(() => { void load(); }, [load]);

  const n = t?.notices.find((x) => x.id === noticeId);
  const problem = !t ? null : !n ? '没有找到这份告知书，请回到来件页面重新选择。' : n.oral ? '这是电话口头告知，没有书面告知书可打印。' : null;
  return (
    <View className='page page--with-bar' style={pageStyle()}>
      {error ? <View className='banner' {...roleOf('alert')} onClick={() => void load()}><Text>{error.message}（点此重试）</Text></View> : null}
      {!t && !error ? <Text className='text'>正在加载…</Text> : null}
      {problem ? <Text className='text' {...roleOf('alert')}>{problem}</Text> : null}
      {t && n && !problem ? <NoticeDoc t={t} n={n} /> : null}
      {t && n && !problem ? (
        <View className='bar no-print'>
          <Button className='btn btn--primary' onClick={print} {...a11y('打印告知书', 'button')}>打印告知书</Button>
        </View>
      ) : null}
    </View>
  );
}

/**
 * 打印一次性告知书 (rule 三(二)): the written notice of a ticket as a large-print page to hand to a
 * resident who came in person — station, date, name, matter, policy, process, a materials
 * checklist with ☐ boxes, time limit, where to go, the staff member and the station's phone.
 * Opened from the staff ticket page as `?ticket=<id>&notice=<noticeId>`. Staff only.
 */
export default function NoticePrintPage() {
  const params = useRouter().params;
  const ticketId = decodeURIComponent(params.ticket ?? '');
  const noticeId = decodeURIComponent(params.notice ?? '');
  return <StaffGate>{() => <NoticePrint ticketId={ticketId} noticeId={noticeId} />}</StaffGate>;
}
