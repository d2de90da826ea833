import { Text, View } from '@tarojs/components';
import { heading } from '../../../ui/a11y';

/**
 * 「第 2 步，共 4 步」 and the one question this screen asks, in large type.
 * @example <StepHeader step={2} of={4} title='哪一天来？' />
 */
export function StepHeader({ step, of, title, hint }: { step: number; of: number; title: string; hint?: string }) {
  return (
    <View className='bk-step'>
      <Text className='muted'>第 {step} 步，共 {of} 步</Text>
      <Text className='title' {...heading(1)}>{title}</Text>
      {hint ? <Text className='muted'>{hint}</Text> : null}
    </View>
  );
}
