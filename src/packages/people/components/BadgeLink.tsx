import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { callFunction } from '../../../api/call';
import type { ApiError } from '../../../api/types';
import type { Badge, ContentItem } from '../../../shared/content';
import { a11y, roleOf } from '../../../ui/a11y';
import { linkBadge } from '../api';

/**
 * One person, one badge: the admin links a published badge nobody else wears to this account
 * (badges are published in 「信息发布管理」).
 * @example <BadgeLink staffId='staff:a' name='王某' taken={['badge:sample-window']} onDone={reload} />
 */
export function BadgeLink({ staffId, name, taken, onDone }: { staffId: string; name: string; taken: string[]; onDone: () => void }) {
  const [badges, setBadges] = useState<ContentItem<'badge'>[] | null>(null);
  const [error, setError] = useState<ApiError>();
  const open = async () => {
    const res = await callFunction<{ items: ContentItem[] }>('admin', { action: 'listContent' });
    if (!res.ok) return setError(res.error);
    setBadges(res.data.items.filter((i): i is ContentItem<'badge'> => i.kind === 'badge' && !taken.includes(i.key)));
  };
  const link = async (key: string) => {
    const res = await linkBadge(staffId, key);
    if (!res.ok) return setError(res.error);
    setBadges(null);
    onDone();
  };
  if (badges === null) return <Button className='btn' onClick={() => void open()} {...a11y(`给${name}关联公示牌`)}>关联公示牌</Button>;
  return (
    <View {...roleOf('group', { 'aria-label': `给${name}选择公示牌` })}>
      {badges.length === 0 ? <Text className='text'>没有空闲的公示牌，请先在「信息发布管理」中新增公示牌。</Text> : null}
      {badges.map((b) => (
        <Button key={b.key} className='btn' onClick={() => void link(b.key)}>{(b.data as Badge).name} · {(b.data as Badge).post}</Button>
      ))}
      {error ? <Text className='bar__error' {...roleOf('alert')}>{error.message}</Text> : null}
    </View>
  );
}
