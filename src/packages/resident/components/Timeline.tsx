import { Text, View } from '@tarojs/components';
import type { TimelineEvent } from '../../../shared/tickets';
import { formatMonthDay, formatMonthDayTime } from '../../../ui/dates';

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
          <Text className='timeline__when'>{formatMonthDayTime(e.at)}</Text>
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
