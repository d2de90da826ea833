import type { ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { Me } from '../../../api/types';
import { pageStyle } from '../../../ui/font-scale';
import { useMe } from '../../../ui/useMe';
import { heading } from '../../../ui/a11y';

/** A signed-in staff member, as `info.me` describes them. */
export type StaffMe = Me & { kind: 'staff' };

/**
 * True for any active staff member (roles come from the server's staff list, never the phone).
 * @example isStaff({ kind: 'staff', roles: ['staff'] }) // true
 */
export function isStaff(me: Me | null): me is StaffMe {
  return me?.kind === 'staff';
}

/**
 * Shows the workbench only to staff; a resident who lands here reads 「此页面仅供工作人员使用」
 * and gets a big button back to the home page. (The server checks every action again.)
 * @example <StaffGate>{(me) => <Workbench me={me} />}</StaffGate>
 */
export function StaffGate({ children }: { children: (me: StaffMe) => ReactNode }) {
  const { me, error, loading } = useMe();
  if (loading) {
    return <View className='page' style={pageStyle()}><Text className='text'>正在确认身份…</Text></View>;
  }
  if (!isStaff(me)) {
    return (
      <View className='page' style={pageStyle()}>
        <Text className='title' {...heading(1)}>此页面仅供工作人员使用</Text>
        <Text className='text'>{error ? error.message : '居民朋友请回到首页，查看办事指南或打电话咨询。'}</Text>
        <Button className='btn btn--primary' onClick={() => void Taro.reLaunch({ url: '/pages/index/index' })}>回到首页</Button>
      </View>
    );
  }
  return <>{children(me)}</>;
}
