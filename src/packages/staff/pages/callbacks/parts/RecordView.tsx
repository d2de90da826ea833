import { Text, View } from '@tarojs/components';
import { CALLBACK_METHODS, type CallbackRecord } from '../../../../../shared/ratings';
import { heading, roleOf } from '../../../../../ui/a11y';
import { formatMonthDayTime } from '../../../../../ui/dates';

/**
 * A reached callback as recorded (rule 十二(七)): how, who, when, progress and result, the view of
 * the staff, opinions, and whether the person is satisfied now.
 * @example <RecordView record={task.record} />
 */
export function RecordView({ record }: { record: CallbackRecord }) {
  return (
    <View className='card' {...roleOf('status')}>
      <Text className='h2' {...heading(2)}>✓ 回访记录</Text>
      <Text className='text'>{CALLBACK_METHODS[record.method]} · {record.by.name} · {formatMonthDayTime(record.at)}</Text>
      <Text className='text'>办理进度及结果：{record.progress}</Text>
      <Text className='text'>对工作人员的评价：{record.staffView}</Text>
      {record.opinions ? <Text className='text'>意见和建议：{record.opinions}</Text> : null}
      <Text className='text strong'>现在是否满意：{record.satisfiedNow ? '✓ 满意了' : '✗ 仍不满意'}</Text>
      {record.note ? <Text className='muted'>备注：{record.note}</Text> : null}
    </View>
  );
}
