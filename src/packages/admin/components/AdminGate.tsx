import type { PropsWithChildren } from 'react';
import { Text, View } from '@tarojs/components';
import type { Me } from '../../../api/types';
import { pageStyle } from '../../../ui/font-scale';
import { useMe } from '../../../ui/useMe';
import { heading } from '../../../ui/a11y';

/**
 * True for a staff member holding the admin role.
 * @example isAdmin({ kind: 'staff', roles: ['staff', 'admin'] }) // true
 */
export function isAdmin(me: Me | null): boolean {
  return me?.kind === 'staff' && (me.roles ?? []).includes('admin');
}

/**
 * Shows its children only to the platform admin; everyone else reads 「没有权限」.
 * (The server checks again on every action.)
 * @example <AdminGate><Editor /></AdminGate>
 */
export function AdminGate({ children }: PropsWithChildren<unknown>) {
  const { me, error, loading } = useMe();
  if (loading) {
    return <View className='page' style={pageStyle()}><Text className='text'>正在确认身份…</Text></View>;
  }
  if (!isAdmin(me)) {
    return (
      <View className='page' style={pageStyle()}>
        <Text className='title' {...heading(1)}>没有权限</Text>
        <Text className='text'>{error ? error.message : '这里只有平台管理人员可以使用。'}</Text>
      </View>
    );
  }
  return <>{children}</>;
}
