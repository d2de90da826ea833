import { Text, View } from '@tarojs/components';
import { progressShare, REQUIRED_GROUP_HOURS } from '../../../domain/people';
import { roleOf } from '../../../ui/a11y';

/**
 * Group-study hours against the year's 30, as a bar and in words (behind pace is said, not only coloured).
 * @example <ProgressBar label='示例·张某' hours={12} required={30} expected={27.5} behind />
 */
export function ProgressBar({ label, hours, required = REQUIRED_GROUP_HOURS, expected, behind }: {
  label: string; hours: number; required?: number; expected?: number; behind?: boolean;
}) {
  const pct = Math.round(progressShare((hours / required) * REQUIRED_GROUP_HOURS) * 100);
  const words = `${label}：集中学习 ${hours} / ${required} 学时${behind ? `，落后进度（到今天应有 ${expected} 学时）` : hours >= required ? '，已达标' : ''}`;
  return (
    <View className='pp-progress'>
      <View className='pp-progress__track' {...roleOf('progressbar', { 'aria-valuenow': String(pct), 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-label': words })}>
        <View className='pp-progress__fill' style={{ width: `${pct}%` }} />
      </View>
      <Text className={`pp-progress__mark ${behind ? 'pp-behind' : ''}`}>{behind ? '⚠ ' : hours >= required ? '✓ ' : ''}{words}</Text>
    </View>
  );
}
