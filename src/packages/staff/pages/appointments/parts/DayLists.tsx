import { Text, View } from '@tarojs/components';
import type { Appointment, DayView } from '../../../../../shared/appointments';
import { heading } from '../../../../../ui/a11y';
import { ItemCard } from './ItemCard';
import { timeText } from './text';

function Group({ title, items, empty, today, selectedId, onSelect }: {
  title: string;
  items: Appointment[];
  empty?: string;
  today: string;
  selectedId: string;
  onSelect: (a: Appointment) => void;
}) {
  if (items.length === 0 && !empty) return null;
  return (
    <View>
      <Text className='h2' {...heading(2)}>{title}（{items.length}）</Text>
      {items.length === 0 ? <Text className='muted'>{empty}</Text> : null}
      {items.map((a) => <ItemCard key={a.id} item={a} today={today} selected={a.id === selectedId} onSelect={onSelect} />)}
    </View>
  );
}

/**
 * The day's content: requests waiting for an answer (any day), home visits and office bookings of
 * the day, 外出办案, and how full each slot is.
 * @example <DayLists day={view} pending={requests} today='2026-11-26' selectedId='' onSelect={select} />
 */
export function DayLists({ day, pending, today, selectedId, onSelect }: {
  day: DayView | null;
  pending: Appointment[];
  today: string;
  selectedId: string;
  onSelect: (a: Appointment) => void;
}) {
  const props = { today, selectedId, onSelect };
  return (
    <View>
      <Group title='待答复的上门申请' items={pending} {...props} />
      {day && !day.working ? <View className='banner'><Text>这一天工作站不上班。</Text></View> : null}
      {day?.closed ? <View className='banner'><Text>这一天已暂停预约：{day.closed.reason}</Text></View> : null}
      {day ? <Group title='当天上门服务' items={day.homeVisits} {...props} /> : null}
      {day ? <Group title='到站预约' items={day.bookings} empty={day.working ? '这一天还没有人预约。' : undefined} {...props} /> : null}
      {day && day.absences.length > 0 ? (
        <View className='card'>
          <Text className='h2' {...heading(2)}>外出办案</Text>
          {day.absences.map((ab) => <Text key={ab.id} className='text'>{ab.staffName} {timeText(ab.from, ab.to)} · {ab.reason}</Text>)}
        </View>
      ) : null}
      {day && day.slots.length > 0 ? (
        <View className='card'>
          <Text className='h2' {...heading(2)}>各时段已约 / 名额</Text>
          <View className='sa-slots'>
            {day.slots.map((s) => <Text key={s.start} className='sa-slot'>{timeText(s.start)} {s.booked}/{s.capacity}{s.booked >= s.capacity ? ' 满' : ''}</Text>)}
          </View>
        </View>
      ) : null}
    </View>
  );
}
