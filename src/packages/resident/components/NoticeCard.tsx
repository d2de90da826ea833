import { Text, View } from '@tarojs/components';
import type { OneTimeNotice } from '../../../shared/tickets';
import { heading } from '../../../ui/a11y';
import { Checklist } from '../../../components/Checklist';
import { formatMonthDayTime } from '../../../ui/dates';

/**
 * A 一次性告知 (rule 三) as the resident keeps it: policy, steps, the materials checklist, the
 * time limit and where to go — or, for a phone call, the note that it was told by phone.
 * @example <NoticeCard notice={n} />
 */
export function NoticeCard({ notice }: { notice: OneTimeNotice }) {
  return (
    <View className='card' id={`notice-${notice.id}`}>
      <Text className='h2' {...heading(2)}>一次性告知：{notice.title}</Text>
      <Text className='muted'>{notice.issuedBy.name} · {formatMonthDayTime(notice.issuedAt)}</Text>
      {notice.oral ? <Text className='text'>已在电话中口头告知。</Text> : null}
      {notice.policy ? (
        <View className='list-item'><Text className='text strong'>政策规定</Text><Text className='text'>{notice.policy}</Text></View>
      ) : null}
      {notice.process.length ? (
        <View className='list-item'>
          <Text className='text strong'>办理流程</Text>
          {notice.process.map((s, i) => <Text key={s} className='text'><Text className='steps__n'>{i + 1}.</Text>{s}</Text>)}
        </View>
      ) : null}
      {notice.materials.length ? (
        <View className='list-item'><Text className='text strong'>需要带的材料</Text><Checklist items={notice.materials} /></View>
      ) : null}
      {notice.timeLimit ? (
        <View className='list-item'><Text className='text strong'>办理时限</Text><Text className='text'>{notice.timeLimit}</Text></View>
      ) : null}
      {notice.whereToGo ? (
        <View className='list-item'><Text className='text strong'>去哪里办</Text><Text className='text'>{notice.whereToGo}</Text></View>
      ) : null}
      {notice.extra ? (
        <View className='list-item'><Text className='text strong'>工作人员补充</Text><Text className='text'>{notice.extra}</Text></View>
      ) : null}
    </View>
  );
}
