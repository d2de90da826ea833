import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { Me } from '../../../api/types';
import { heading } from '../../../ui/a11y';
import { pageStyle } from '../../../ui/font-scale';
import { useMe } from '../../../ui/useMe';

export type KeeperMe = Me & { kind: 'staff'; roles: string[] };

/**
 * True for the archive's keepers: 档案管理人员, 工作站主任, 平台管理人员 (the server checks again).
 * @example isKeeper({ kind: 'staff', roles: ['archivist'] }) // true
 */
export function isKeeper(me: Me | null): me is KeeperMe {
  return me?.kind === 'staff' && (me.roles ?? []).some((r) => r === 'archivist' || r === 'director' || r === 'admin');
}

/** Shows an archive page to its keepers only; anyone else reads why. @example <KeeperGate>{(me) => <List me={me} />}</KeeperGate> */
export function KeeperGate({ children }: { children: (me: KeeperMe) => ReactNode }) {
  const { me, loading } = useMe();
  if (loading) return <View className='page' style={pageStyle()}><Text className='text'>正在确认身份…</Text></View>;
  if (!isKeeper(me)) {
    return (
      <View className='page' style={pageStyle()}>
        <Text className='title' {...heading(1)}>没有权限</Text>
        <Text className='text'>档案只有档案管理人员、工作站主任和平台管理人员可以查看。</Text>
      </View>
    );
  }
  return <>{children(me)}</>;
}
