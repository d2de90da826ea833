import type { PropsWithChildren } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { a11y, heading, roleOf } from '../../../../ui/a11y';

/**
 * A bottom sheet: the form opens where the thumb already is; 「✕ 关闭」 is a big button at the top.
 * @example <Sheet title='回复居民' onClose={close}>…</Sheet>
 */
export function Sheet({ title, onClose, children }: PropsWithChildren<{ title: string; onClose: () => void }>) {
  return (
    <View>
      <View className='sheet__shade' onClick={onClose} aria-hidden='true' />
      <View className='sheet' {...roleOf('dialog', { 'aria-label': title })}>
        <View className='row'>
          <Text className='h2 grow' {...heading(2)}>{title}</Text>
          <Button className='btn btn--small' onClick={onClose} {...a11y('关闭', 'button')}>✕ 关闭</Button>
        </View>
        {children}
      </View>
    </View>
  );
}
