import { Text, View } from '@tarojs/components';
import type { Calendar } from '../domain/calendar';
import { describeOpenStatus, openStatus } from '../domain/hours';
import { a11y } from '../ui/a11y';

/** Symbol + words for each state: the meaning never rests on colour alone. */
const LABELS = {
  open: { symbol: '●', words: '办公中' },
  lunch: { symbol: '◐', words: '午休中' },
  closed: { symbol: '○', words: '现在不办公' },
} as const;

/**
 * The big 「现在是否办公」 line, computed on the phone from the calendar and the current instant.
 * @example <StatusLine nowMs={Date.now()} calendar={createCalendar(overrides)} />
 */
export function StatusLine({ nowMs, calendar }: { nowMs: number; calendar: Calendar }) {
  const status = openStatus(nowMs, calendar);
  const label = LABELS[status.state];
  const line = describeOpenStatus(status, nowMs);
  return (
    <View className={`status status--${status.state}`} {...a11y(`现在是否办公：${label.words}。${line}`, 'status')}>
      <Text className='muted'>现在是否办公</Text>
      <Text className='status__label'>
        <Text aria-hidden='true'>{label.symbol} </Text>
        {label.words}
      </Text>
      <Text className='status__line'>{line}</Text>
      {status.provisional ? <Text className='status__note'>节假日安排以国务院办公厅当年通知为准</Text> : null}
    </View>
  );
}
