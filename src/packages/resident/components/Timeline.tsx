import { Text, View } from '@tarojs/components';
import { toBeijingDate, beijingMinuteOfDay } from '../../../domain/beijing';
import type { TimelineEvent } from '../../../shared/tickets';
import { formatMonthDay } from '../../../ui/dates';

/**
 * 「11月26日（周四）10:05」 in Beijing time.
 * @example whenText(Date.parse('2026-11-26T10:05:00+08:00')) // '11月26日（周四）10:05'
 */
export function whenText(ms: number): string {
  const m = beijingMinuteOfDay(ms);
  return `${formatMonthDay(toBeijingDate(ms))}${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * What happened to the matter, oldest first: a line per step and, for replies and results,
 * the staff member's words in a box.
 * @example <Timeline events={ticket.timeline} />
 */
export function Timeline({ events }: { events: TimelineEvent[] }) {
  return (
    <View className='timeline' role='list'>
      {events.map((e) => (
        <View key={e.id} className='timeline__item' role='listitem'>
          <Text className='timeline__when'>{whenText(e.at)}</Text>
          <Text className='text strong'>{e.summary}</Text>
          {e.text ? (
            <View className={e.kind === 'reply' || e.kind === 'closed' ? 'reply' : ''}>
              <Text className='text'>{e.text}</Text>
            </View>
          ) : null}
          {e.expectedBy ? <Text className='text'>预计答复日期：{formatMonthDay(e.expectedBy)}</Text> : null}
        </View>
      ))}
    </View>
  );
}
