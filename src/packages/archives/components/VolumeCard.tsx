import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { VolumeView } from '../../../shared/archives';
import { a11y, heading } from '../../../ui/a11y';

/** Where a volume opens. @example volumeUrl('vol:consultation:2026-11') */
export const volumeUrl = (id: string) => `/packages/archives/pages/volume/index?id=${encodeURIComponent(id)}`;

/** One volume in the list: archive code, title, status in words, items and retention; tap to open. */
export function VolumeCard({ v }: { v: VolumeView }) {
  const code = `档号 ${v.archiveCode}`;
  const status = `状态：${v.statusLabel}　共 ${v.itemCount} 件`;
  const meta = `${v.categoryLabel} · 全宗号 ${v.fonds} · ${v.retentionLabel}${v.retentionEndsOn ? `（保管到 ${v.retentionEndsOn}）` : ''}`;
  // the accessible name is the card's own words in order (what a screen reader and what the eye read agree)
  return (
    <View className='card arch-card' onClick={() => void Taro.navigateTo({ url: volumeUrl(v.id) })} {...a11y(`${v.title} ${code} ${status} ${meta} 查看 ›`, 'button')}>
      <Text className='h2' {...heading(2)}>{v.title}</Text>
      <Text className='arch-code'>{code}</Text>
      <Text className='text'>{status}</Text>
      <Text className='muted'>{meta}</Text>
      <Text className='arch-open'>查看 ›</Text>
    </View>
  );
}
