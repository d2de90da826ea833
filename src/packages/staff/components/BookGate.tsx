import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { heading } from '../../../ui/a11y';
import { pageStyle } from '../../../ui/font-scale';
import { StaffGate, type StaffMe } from './StaffGate';
import { mayReadBook } from './tickets/BookRow';

/**
 * Shows a book or report only to the director and admins (given who is signed in); anyone else
 * reads that they may not.
 * @example <BookGate name='投诉记录本'>{() => <Book />}</BookGate>
 */
export function BookGate({ name, children }: { name: string; children: (me: StaffMe) => ReactNode }) {
  return (
    <StaffGate>
      {(me: StaffMe) => (mayReadBook(me.roles) ? children(me) : (
        <View className='page' style={pageStyle()}>
          <Text className='title' {...heading(1)}>没有权限</Text>
          <Text className='text'>{`${name}只有工作站主任和平台管理人员可以查看。`}</Text>
        </View>
      ))}
    </StaffGate>
  );
}
