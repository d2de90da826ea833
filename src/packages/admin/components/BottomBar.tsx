import type { PropsWithChildren } from 'react';
import { Text, View } from '@tarojs/components';
import { roleOf } from '../../../ui/a11y';

/**
 * The bottom action bar: primary actions within a thumb's reach, the save error right above them.
 * @example <BottomBar error={error?.message}><Button>保存</Button></BottomBar>
 */
export function BottomBar({ error, children }: PropsWithChildren<{ error?: string }>) {
  return (
    <View className='bar'>
      {error ? <Text className='bar__error' {...roleOf('alert')}>{error}</Text> : null}
      {children}
    </View>
  );
}
