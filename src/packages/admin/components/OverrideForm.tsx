import { useState } from 'react';
import { Button, Picker, Text, View } from '@tarojs/components';
import type { ApiError } from '../../../api/types';
import { createCalendar } from '../../../domain/calendar';
import type { HolidayNotice } from '../../../shared/calendar';
import { isYmd } from '../../../domain/beijing';
import { a11y, roleOf } from '../../../ui/a11y';
import { formatMonthDay } from '../../../ui/dates';
import { errorAt } from './field-error';
import { BottomBar } from './BottomBar';
import { Field } from '../../../components/form/Field';

const REASONS: Record<string, string> = {
  weekday: '工作日', weekend: '周末', holiday: '法定节假日', adjustedWorkday: '调休上班日',
  overrideWorking: '已设为上班', overrideOff: '已设为休息',
};

/** What the national arrangement alone (bundled and entered notices, the statute) says about a day, so the admin sees what they change. */
function officialLine(date: string, notices: HolidayNotice[]): string {
  if (!isYmd(date)) return '';
  const info = createCalendar([], { notices }).dayInfo(date);
  const why = info.statutory ? '（法定假日，按放假办法）' : '';
  return `${formatMonthDay(date)}按国家安排是：${REASONS[info.reason]}${info.holidayName ? `（${info.holidayName}）` : ''}${why}${info.provisional ? '，当年通知尚未录入' : ''}`;
}

/**
 * Sets one day: date, 上班/休息, 说明. The save button sits in the bottom bar.
 * @example <OverrideForm today='2026-11-26' error={err} onSave={(d, w, n) => …} saving={false} />
 */
export function OverrideForm({ today, error, saving, onSave, notices = [] }: {
  today: string;
  /** The State Council notices the admin entered. */
  notices?: HolidayNotice[];
  error?: ApiError;
  saving: boolean;
  onSave: (date: string, working: boolean, note: string) => void;
}) {
  const [date, setDate] = useState(today);
  const [working, setWorking] = useState(false);
  const [note, setNote] = useState('');
  const dateError = errorAt(error, 'date');
  return (
    <View className='card'>
      <Text className='h2'>设置某一天</Text>
      <View className={`field ${dateError ? 'field--error' : ''}`} id='field-date'>
        <Text className='field__label'>日期</Text>
        <Picker mode='date' value={date} start='2020-01-01' end='2035-12-31' onChange={(e) => setDate(String(e.detail.value))}>
          <View className='field__input' {...a11y(`日期：${date}，点此选择`, 'button')}>{date}</View>
        </Picker>
        <Text className='field__hint'>{officialLine(date, notices)}</Text>
        {dateError ? <Text className='field__error' {...roleOf('alert')}>{dateError}</Text> : null}
      </View>
      <View className='field' id='field-working'>
        <Text className='field__label'>这一天</Text>
        <View className='toggle'>
          <Button className={`btn ${working ? 'btn--on' : ''}`} aria-pressed={working ? 'true' : 'false'} onClick={() => setWorking(true)}>{working ? '✓ ' : ''}上班</Button>
          <Button className={`btn ${!working ? 'btn--on' : ''}`} aria-pressed={!working ? 'true' : 'false'} onClick={() => setWorking(false)}>{!working ? '✓ ' : ''}休息</Button>
        </View>
        {errorAt(error, 'working') ? <Text className='field__error' {...roleOf('alert')}>{errorAt(error, 'working')}</Text> : null}
      </View>
      <Field label='说明（居民能看到）' path='note' value={note} onChange={setNote} placeholder='如：站内盘点，暂停对外办公' error={errorAt(error, 'note')} />
      <BottomBar error={error?.message}>
        <Button className='btn btn--primary' loading={saving || undefined} disabled={saving || undefined} onClick={() => onSave(date, working, note.trim())}>
          保存这一天（{working ? '上班' : '休息'}）
        </Button>
      </BottomBar>
    </View>
  );
}
