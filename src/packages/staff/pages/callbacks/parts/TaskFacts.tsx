import { Text, View } from '@tarojs/components';
import type { Calendar } from '../../../../../domain/calendar';
import { CALLBACK_METHODS, RATING_SOURCES, type CallbackTaskView } from '../../../../../shared/ratings';
import { heading } from '../../../../../ui/a11y';
import { levelText } from '../../../../resident/pages/rate/parts/words';
import { DueLabel } from '../../../components/tickets/DueLabel';
import { describeTimeLeft } from '../../../components/tickets/time-left';
import { reasonsText } from './words';
import { formatMonthDayTime } from '../../../../../ui/dates';

/**
 * What a callback is about: deadline, reasons, the rating that opened it, who handled the matter,
 * and every try that did not reach the person.
 * @example <TaskFacts task={t} now={now} calendar={calendar} />
 */
export function TaskFacts({ task, now, calendar }: { task: CallbackTaskView; now: number; calendar: Calendar }) {
  const left = task.status === 'open' ? describeTimeLeft(task.dueAt, now, calendar, task.overdue) : null;
  return (
    <View className='card'>
      {left ? <DueLabel left={left} /> : <Text className='text strong'>✓ 已回访</Text>}
      {left?.dueLine ? <Text className='muted'>{left.dueLine}（{formatMonthDayTime(task.createdAt)}生成）</Text> : null}
      <Text className='h2' {...heading(2)}>{task.title}</Text>
      <Text className='text'>原因：{reasonsText(task)}</Text>
      {task.rating ? (
        <View>
          <Text className='text strong'>居民评价：{levelText(task.rating.level)}（{RATING_SOURCES[task.rating.source]}）</Text>
          {task.rating.comment ? <Text className='text'>「{task.rating.comment}」</Text> : null}
        </View>
      ) : null}
      <Text className='text'>办理人：{task.staff ? task.staff.name : '不详'}</Text>
      {task.attempts.length ? (
        <View>
          <Text className='text strong'>没联系上 {task.attempts.length} 次：</Text>
          {task.attempts.map((a, i) => (
            <Text key={i} className='muted'>✗ {formatMonthDayTime(a.at)} {CALLBACK_METHODS[a.method]} · {a.by.name}{a.note ? `：${a.note}` : ''}</Text>
          ))}
        </View>
      ) : null}
    </View>
  );
}
