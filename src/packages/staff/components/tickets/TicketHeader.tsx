import { Text, View } from '@tarojs/components';
import type { Calendar } from '../../../../domain/calendar';
import { CHANNELS, COMPLAINT_SCOPES, GUIDANCE_TOPICS, type TicketStaffView } from '../../../../shared/tickets';
import { heading, roleOf } from '../../../../ui/a11y';
import { formatMonthDay, formatMonthDayTime } from '../../../../ui/dates';
import { DueLabel } from './DueLabel';
import { describeTimeLeft } from './time-left';
import { statusText, TYPE_SHORT } from './words';

/**
 * The top of a ticket: what and how it came in, status, the time left on its clock (symbol and
 * words, the due time), who first received it and who handles it, 重大 and 延期 marks.
 * @example <TicketHeader t={ticket} now={now} calendar={calendar} />
 */
export function TicketHeader({ t, now, calendar }: { t: TicketStaffView; now: number; calendar: Calendar }) {
  const left = t.status === 'closed' || !t.clock ? null : describeTimeLeft(t.clock.dueAt, now, calendar, t.clock.overdue);
  return (
    <View className='card' {...roleOf('region', { 'aria-label': '事项概况' })}>
      <Text className='title' {...heading(1)}>{TYPE_SHORT[t.type]}{t.topic ? `（${GUIDANCE_TOPICS[t.topic]}）` : ''}</Text>
      <Text className='text strong'>{statusText(t.status)} · {CHANNELS[t.channel]} · {formatMonthDayTime(t.createdAt)}</Text>
      {left ? (
        <View {...roleOf('status')}>
          <Text className='muted'>{t.clock?.title}：</Text>
          <DueLabel left={left} />
          {left.dueLine ? <Text className='muted'>{left.dueLine}{t.clock?.provisional ? '（节假日安排未公布，日期暂按常规计算）' : ''}</Text> : null}
        </View>
      ) : null}
      {t.closure ? <Text className='text'>{t.closure.onTime ? '✓ 按时办结' : '⚠ 超期办结'} · {formatMonthDayTime(t.closure.at)}</Text> : null}
      <Text className='muted'>首问责任人：{t.firstResponder?.name ?? '（还没有人受理）'}</Text>
      <Text className='muted'>办理人：{t.assignee?.name ?? '（还没有人受理）'}</Text>
      {t.complaint ? <Text className='text'>投诉类别：{COMPLAINT_SCOPES[t.complaint.scope]}</Text> : null}
      {t.complaint?.respondentName ? <Text className='text'>被投诉人：{t.complaint.respondentName}</Text> : null}
      {t.complaint?.major ? <Text className='tag'>‼ 重大投诉，已上报县局政工监察股（{t.complaint.major.reason}）</Text> : null}
      {t.transferredFrom ? <Text className='text'>转来部门：{t.transferredFrom.department}{t.transferredFrom.reference ? `（${t.transferredFrom.reference}）` : ''}</Text> : null}
      {t.transferredFrom ? <TransferDueLine t={t} /> : null}
      {t.delay ? <Text className='text'>已告知延期：{t.delay.reason}，预计 {formatMonthDay(t.delay.expectedBy)} 答复</Text> : null}
    </View>
  );
}

/**
 * The reply owed to the sending department (rule 八(五)6): its deadline, and in symbol and words
 * whether it is replied (on time or late), still owed, or overdue (the director was told).
 * @example <TransferDueLine t={ticket} />
 */
export function TransferDueLine({ t }: { t: TicketStaffView }) {
  const from = t.transferredFrom!;
  const reply = t.transferReply;
  if (reply) {
    const late = reply.onTime === false;
    return <Text className={late ? 'text due--overdue' : 'text'}>{late ? '⚠ 已回复转来部门（超过回复期限）' : '✓ 已回复转来部门'} · {formatMonthDayTime(reply.at)}</Text>;
  }
  if (from.dueAt === undefined) return <Text className='text'>○ 还没有回复转来部门</Text>;
  return (
    <View {...roleOf('status')}>
      <Text className={from.overdue ? 'text due due--overdue' : 'text'}>
        {from.overdue ? `⚠ 已超过回复期限（${formatMonthDayTime(from.dueAt)}），已报工作站主任督办` : `○ 请在 ${formatMonthDayTime(from.dueAt)} 前回复转来部门`}
      </Text>
    </View>
  );
}
