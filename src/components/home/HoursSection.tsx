import { Text, View } from '@tarojs/components';
import type { Calendar } from '../../domain/calendar';
import { upcomingClosures } from '../../domain/hours';
import { toBeijingDate } from '../../domain/beijing';
import type { ContentItem } from '../../shared/content';
import { closureText, weeklyHoursText } from '../../ui/hours-text';
import { Meta } from '../Meta';
import { Section } from '../Section';

/**
 * 办公时间: weekly hours, 延时服务, holiday closures in the next 60 days, and published notices.
 * @example <HoursSection nowMs={now} calendar={cal} extendedService='…' notices={[]} />
 */
export function HoursSection({ nowMs, calendar, extendedService, notices }: {
  nowMs: number;
  calendar: Calendar;
  extendedService: string;
  notices: ContentItem<'notice'>[];
}) {
  const closures = upcomingClosures(toBeijingDate(nowMs), calendar, 60);
  return (
    <Section title='办公时间' id='hours'>
      <Text className='text strong'>{weeklyHoursText()}</Text>
      <Text className='text'>法定节假日休息，调休上班日照常办公。</Text>
      <Text className='text' style={{ marginTop: '8px' }}>延时服务：{extendedService}</Text>
      {closures.length > 0 ? (
        <View style={{ marginTop: '12px' }}>
          <Text className='text strong'>近期休息安排</Text>
          {closures.map((c) => (
            <Text key={c.from} className='list-item text'>{closureText(c)}</Text>
          ))}
        </View>
      ) : null}
      {notices.map((n) => (
        <View key={n.key} className='list-item'>
          <Text className='text strong'>{n.data.title}</Text>
          <Text className='text'>{n.data.body}</Text>
          <Meta updatedAt={n.updatedAt} sample={n.sample} />
        </View>
      ))}
    </Section>
  );
}
