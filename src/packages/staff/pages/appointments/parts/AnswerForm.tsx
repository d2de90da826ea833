import { useState } from 'react';
import { Button, Input, Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../../api/types';
import { addCalendarDays } from '../../../../../domain/beijing';
import type { Appointment } from '../../../../../shared/appointments';
import type { PhraseWarning } from '../../../../../shared/tickets';
import { checkCourtesy } from '../../../../../domain/tickets/phrases';
import { Warnings } from '../../../components/tickets/Warnings';
import { CourtesyConfirm } from '../../../components/tickets/CourtesyConfirm';
import { a11y, heading, roleOf } from '../../../../../ui/a11y';
import { Chips } from './Chips';
import { VISIT_TIMES, dayOptions, timeOptions } from './choices';
import { whoText } from './text';
import { isWorkingDay } from './working-day';

/**
 * Answer a home-visit request: pick a day (the resident's preferred days come first) and a time,
 * with a note; 「确认上门」 or 「建议这个时间」 at the bottom, within thumb reach. The note is read by
 * the resident, so it is checked for 服务忌语 while typing and by the server (`held`: 「仍然发送？」).
 * @example <AnswerForm item={a} mode='confirm' today='2026-11-26' busy={false} onSubmit={send} onBack={close} />
 */
export function AnswerForm({ item, mode, today, busy, error, held, onSubmit, onBack, onEdit }: {
  item: Appointment;
  mode: 'confirm' | 'propose';
  today: string;
  busy: boolean;
  error?: ApiError;
  /** The server held the note for its 服务忌语: confirm or go back to edit. */
  held?: PhraseWarning[] | null;
  onSubmit: (date: string, time: string, note: string, confirmed: boolean) => void;
  onBack: () => void;
  /** 「返回修改」 on the held screen. */
  onEdit?: () => void;
}) {
  const hv = item.homeVisit;
  const [date, setDate] = useState(hv?.proposal?.date ?? hv?.preferredDays.find((d) => d > today) ?? '');
  const [time, setTime] = useState(hv?.proposal?.time ?? '');
  const [note, setNote] = useState('');
  const ready = Boolean(date && time && (mode === 'confirm' || note.trim()));
  if (held) {
    return (
      <View>
        <Text className='title' {...heading(1)}>仍然发送？</Text>
        <CourtesyConfirm warnings={held} texts={[[mode === 'confirm' ? '给居民的话' : '建议的原因', note]]} busy={busy} error={error}
          onBack={() => onEdit?.()} onConfirm={() => onSubmit(date, time, note.trim(), true)} />
      </View>
    );
  }
  return (
    <View>
      <Text className='title' {...heading(1)}>{mode === 'confirm' ? '确认上门时间' : '建议其他时间'}</Text>
      <Text className='text strong'>{whoText(item)}</Text>
      {hv ? <Text className='text'>地址：{hv.address}</Text> : null}
      <View className='card'>
        <Chips label='日期' options={dayOptions(hv?.preferredDays ?? [], addCalendarDays(today, 1), 6, today, isWorkingDay)} value={date} onChange={setDate} />
        <Chips label='时间' options={timeOptions(VISIT_TIMES)} value={time} onChange={setTime} />
        <View className='field'>
          <Text className='field__label'>{mode === 'confirm' ? '给居民的话（可不填）' : '为什么改这个时间（必填）'}</Text>
          <Input className='field__input' value={note} onInput={(e) => setNote(e.detail.value)} maxlength={200}
            {...a11y(mode === 'confirm' ? '给居民的话' : '建议的原因')} placeholder={mode === 'confirm' ? '如：张某和李某一起上门' : '如：原定日子外出办案'} />
        </View>
        <Warnings items={checkCourtesy(note)} title='注意：有服务忌语' />
      </View>
      <View className='bar'>
        {error ? <Text className='bar__error' {...roleOf('alert')}>{error.message}</Text> : null}
        {!ready ? <Text className='muted'>{mode === 'confirm' ? '请选日期和时间' : '请选日期、时间，并写明原因'}</Text> : null}
        <View className='bar__row'>
          <Button className='btn' onClick={onBack}>返回</Button>
          <Button className='btn btn--primary' disabled={!ready || busy || undefined} onClick={() => onSubmit(date, time, note.trim(), false)}>
            {mode === 'confirm' ? '确认上门' : '建议这个时间'}
          </Button>
        </View>
      </View>
    </View>
  );
}
