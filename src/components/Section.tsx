import type { PropsWithChildren } from 'react';
import { Text, View } from '@tarojs/components';
import { heading } from '../ui/a11y';

/**
 * A white card with a heading.
 * @example <Section title='办公时间'>…</Section>
 */
export function Section({ title, id, children }: PropsWithChildren<{ title: string; id?: string }>) {
  return (
    <View className='card' id={id}>
      <Text className='h2' {...heading(2)}>{title}</Text>
      {children}
    </View>
  );
}
