import { Text, View } from '@tarojs/components';
import type { TimelineEvent } from '../../../../shared/tickets';
import { formatMonthDay, formatMonthDayTime } from '../../../../ui/dates';

/**
 * A ticket's audited steps, oldest first: when, who did what, the words (replies, results,
 * notes), replies sent despite a warning marked as such.
 * @example <Timeline events={ticket.timeline} />
 */
export function Timeline({ events }: { events: TimelineEvent[] }) {
  return (
    <View className='timeline' role='list'>
      {events.map((e) => (
        <View key={e.id} className='timeline__item' role='listitem'>
          <Text className='timeline__when'>{formatMonthDayTime(e.at)}</Text>
          <Text className='text strong'>{e.summary}</Text>
          {e.text ? <Text className='text'>{e.text}</Text> : null}
          {e.expectedBy ? <Text className='text'>告知预计答复：{formatMonthDay(e.expectedBy)}</Text> : null}
          {e.confirmedWarnings?.length ? <Text className='muted'>⚠ 含服务忌语仍发送：{e.confirmedWarnings.join('、')}</Text> : null}
        </View>
      ))}
    </View>
  );
}
