import { useState } from 'react';
import { Button, Input, Text, View } from '@tarojs/components';
import { CallButton } from '../../../../components/CallButton';
import type { ResultCallView } from '../../../../shared/result-calls';
import { a11y, heading, roleOf } from '../../../../ui/a11y';
import { formatMonthDayTime } from '../../../../ui/dates';

/**
 * One 「告知结果」 task: whom to call (tap-to-call), what to tell them in the staff's own words,
 * the tries so far, and two big buttons — 「已告知」 closes it, 「没联系上」 keeps it to try again.
 * @example <TaskCard task={t} busy={false} onRecord={(reached, note) => save(t.id, reached, note)} />
 */
export function TaskCard({ task, busy, onRecord }: { task: ResultCallView; busy: boolean; onRecord: (reached: boolean, note: string) => void }) {
  const [note, setNote] = useState('');
  const who = task.contact.name ?? '当事人';
  return (
    <View className='card' id={`task-${task.id.replace(/[^A-Za-z0-9_-]/g, '-')}`} {...a11y(`${task.title}，${task.status === 'done' ? '已告知' : task.overdue ? '已超期' : '待告知'}`, 'group')}>
      <Text className='h2' {...heading(2)}>{task.title}</Text>
      <Text className={task.overdue ? 'due due--overdue' : 'muted'}>
        {task.status === 'done' ? `✓ 已告知（${formatMonthDayTime(task.doneAt!)}）` : task.overdue ? '⚠ 已超期，请尽快告知' : task.dueAt ? `请在 ${formatMonthDayTime(task.dueAt)} 前告知` : '请尽快告知'}
      </Text>
      <Text className='muted'>要告诉{who}的话：</Text>
      <Text className='text'>{task.tell}</Text>
      {task.contact.phone && task.status === 'open' ? <CallButton who={who} number={task.contact.phone} /> : null}
      {task.attempts.map((a) => (
        <Text key={a.at} className='muted'>{formatMonthDayTime(a.at)} {a.by.name}：{a.reached ? '已告知' : '没联系上'}{a.note ? `（${a.note}）` : ''}</Text>
      ))}
      {task.status === 'open' ? (
        <View>
          <View className='field'>
            <Text className='field__label'>备注（可不填）</Text>
            <Input className='field__input' value={note} maxlength={200} onInput={(e) => setNote(e.detail.value)} placeholder='如：无人接听、关机、已说明' {...a11y('备注')} />
          </View>
          <View className='bar__row'>
            <Button className='btn' {...(busy ? { disabled: true } : {})} onClick={() => onRecord(false, note)} {...a11y('没联系上，稍后再打', 'button')}>没联系上</Button>
            <Button className='btn btn--primary' {...(busy ? { disabled: true } : {})} onClick={() => onRecord(true, note)} {...a11y('已告知', 'button')}>✓ 已告知</Button>
          </View>
        </View>
      ) : null}
      {task.status === 'open' && task.attempts.some((a) => !a.reached) ? <Text className='muted' {...roleOf('note')}>没联系上的会留在这里，请稍后再打。</Text> : null}
    </View>
  );
}
