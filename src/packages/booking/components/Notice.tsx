import { Text, View } from '@tarojs/components';
import { roleOf } from '../../../ui/a11y';

/**
 * A message the resident must not miss (「该时段已约满…」), read out at once by screen readers.
 * @example <Notice text={notice} />
 */
export function Notice({ text }: { text?: string }) {
  if (!text) return null;
  return (
    <View className='bk-attention' {...roleOf('alert')}>
      <Text>{text}</Text>
    </View>
  );
}
