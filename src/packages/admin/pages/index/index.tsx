import { useCallback, useEffect, useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../api/types';
import type { ContentItem } from '../../../../shared/content';
import { a11y, heading, roleOf } from '../../../../ui/a11y';
import { pageStyle } from '../../../../ui/font-scale';
import { CALENDAR_URL, editUrl } from '../../../../ui/links';
import { listContent } from '../../api';
import { AdminGate } from '../../components/AdminGate';
import { BottomBar } from '../../components/BottomBar';
import { VersionLine } from '../../components/VersionLine';
import { KIND_NAMES } from '../../forms';

const KIND_ORDER = ['station', 'commitments', 'guide', 'badge', 'notice'] as const;

function titleOf(item: ContentItem): string {
  const d = item.data as { title?: string; name?: string };
  return d.title ?? d.name ?? KIND_NAMES[item.kind];
}

/** Everything the station publishes, grouped by kind; tap one to edit it. */
function ContentList() {
  const [items, setItems] = useState<ContentItem[] | null>(null);
  const [error, setError] = useState<ApiError>();
  const load = useCallback(async () => {
    const res = await listContent();
    if (res.ok) { setItems(res.data); setError(undefined); } else setError(res.error);
  }, []);
  useEffect(() => { void load(); }, [load]);
  useDidShow(() => { if (items) void load(); });
  usePullDownRefresh(() => { void load().finally(() => Taro.stopPullDownRefresh()); });
  const go = (url: string) => void Taro.navigateTo({ url });

  return (
    <View className='page page--with-bar' style={pageStyle()}>
      <Text className='title' {...heading(1)}>信息发布管理</Text>
      {error ? <View className='banner' role='alert'><Text>{error.message}</Text></View> : null}
      {items === null && !error ? <Text className='text'>正在加载…</Text> : null}
      {KIND_ORDER.map((kind) => {
        const group = (items ?? []).filter((i) => i.kind === kind).sort((a, b) => a.order - b.order);
        if (group.length === 0) return null;
        return (
          <View key={kind} className='card'>
            <Text className='h2'>{KIND_NAMES[kind]}</Text>
            {group.map((item) => (
              <View key={item.key} className='list-item' onClick={() => go(editUrl({ key: item.key }))} {...roleOf('link')}>
                <Text className='text strong'>编辑 {titleOf(item)} ›</Text>
                {item.sample ? <Text className='tag'>示例信息，待更新</Text> : null}
                <VersionLine version={item.version} updatedAt={item.updatedAt} updatedBy={item.updatedBy} />
              </View>
            ))}
          </View>
        );
      })}
      <Button className='btn' onClick={() => go('/packages/admin/pages/booking-settings/index')}>预约设置（名额、提前天数、暂停某天）</Button>
      <BottomBar>
        <View className='bar__row'>
          <Button className='btn' onClick={() => go(editUrl({ kind: 'badge' }))}>新增公示牌</Button>
          <Button className='btn' onClick={() => go(editUrl({ kind: 'notice' }))}>新增通知</Button>
        </View>
        <Button className='btn btn--primary' onClick={() => go(CALENDAR_URL)}>办公日历（调休、临时休息）</Button>
      </BottomBar>
    </View>
  );
}

export default function AdminHome() {
  return <AdminGate><ContentList /></AdminGate>;
}
