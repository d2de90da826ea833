import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { Me } from '../../../api/types';
import { pageStyle } from '../../../ui/font-scale';
import { useMe } from '../../../ui/useMe';
import { heading } from '../../../ui/a11y';

/** A signed-in staff member as `info.me` says. */
export type PeopleMe = Me & { kind: 'staff'; roles: string[] };

/**
 * True when `me` is station staff holding one of `roles` (any station role when empty).
 * @example allowed({ kind: 'staff', roles: ['staff', 'admin'] }, ['admin']) // true
 */
export function allowed(me: Me | null, roles: readonly string[]): me is PeopleMe {
  if (me?.kind !== 'staff') return false;
  const held = me.roles ?? [];
  return roles.length ? roles.some((r) => held.includes(r)) : held.some((r) => ['staff', 'director', 'admin'].includes(r));
}

/**
 * Shows its children only to the people named (the server checks every action again).
 * @example <Gate roles={['admin']} deny='这里只有平台管理人员可以使用。'>{(me) => <List me={me} />}</Gate>
 */
export function Gate({ roles = [], deny, children }: { roles?: readonly string[]; deny: string; children: (me: PeopleMe) => ReactNode }) {
  const { me, error, loading } = useMe();
  if (loading) return <View className='page' style={pageStyle()}><Text className='text'>正在确认身份…</Text></View>;
  if (!allowed(me, roles)) {
    return (
      <View className='page' style={pageStyle()}>
        <Text className='title' {...heading(1)}>没有权限</Text>
        <Text className='text'>{error ? error.message : deny}</Text>
      </View>
    );
  }
  return <>{children(me)}</>;
}
