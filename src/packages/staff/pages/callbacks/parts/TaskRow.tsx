import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Calendar } from '../../../../../domain/calendar';
import { callbackLink, type CallbackTaskView } from '../../../../../shared/ratings';
import { roleOf } from '../../../../../ui/a11y';
import { levelText } from '../../../../resident/pages/rate/parts/words';
import { DueLabel } from '../../../components/tickets/DueLabel';
import { describeTimeLeft } from '../../../components/tickets/time-left';
import { attemptsText, reasonsText } from './words';
import { formatMonthDayTime } from '../../../../../ui/dates';

/**
 * One 回访任务 in the list: the deadline (⚠ overdue / ◔ soon / ◷ later, in words), what it is
 * about, why (评价回访 / 重大案件 / 月度抽访), the rating that opened it, who handled the matter,
 * failed tries. Tap opens the task; a screen reader reads what is shown.
 * @example <TaskRow task={t} now={now} calendar={calendar} />
 */
export function TaskRow({ task, now, calendar }: { task: CallbackTaskView; now: number; calendar: Calendar }) {
  const done = task.status === 'done';
  const left = done ? null : describeTimeLeft(task.dueAt, now, calendar, task.overdue);
  const tries = attemptsText(task.attempts.length);
  return (
    <View className='ticket-row' {...roleOf('listitem')}>
      <View onClick={() => void Taro.navigateTo({ url: callbackLink(task.id) })} {...roleOf('link')}>
      <View className='ticket-row__head'>
        {left ? <DueLabel left={left} /> : <Text className='text strong'>✓ 已回访{task.doneAt ? ` · ${formatMonthDayTime(task.doneAt)}` : ''}</Text>}
        <Text className='text strong'>{task.title} ›</Text>
      </View>
      {left && left.dueLine ? <Text className='muted'>{left.dueLine}</Text> : null}
      <Text className='text'>{reasonsText(task)}{task.rating ? ` · 评价：${levelText(task.rating.level)}` : ''}</Text>
      {task.rating?.comment ? <Text className='muted'>「{task.rating.comment}」</Text> : null}
      <Text className='muted'>{task.staff ? `办理人 ${task.staff.name}` : '办理人不详'}{tries ? ` · ${tries}` : ''}</Text>
      </View>
    </View>
  );
}
