import { Text, View } from '@tarojs/components';
import { useShareAppMessage } from '@tarojs/taro';
import { STAFF_URL } from '../../ui/links';
import { BadgeCard } from '../../components/BadgeCard';
import { NetworkBanner } from '../../components/NetworkBanner';
import { findItem, itemsOfKind } from '../../ui/content';
import { FALLBACK_STATION } from '../../ui/fallback';
import { ComplaintSection } from '../../components/home/ComplaintSection';
import { pageStyle } from '../../ui/font-scale';
import { useOverview } from '../../ui/useOverview';
import { heading } from '../../ui/a11y';

/** The staff roster as badges (挂牌上岗), so residents know who serves them and how to complain. */
export default function StaffPage() {
  useShareAppMessage(() => ({ title: '西山镇公共法律服务工作站 · 工作人员公示', path: STAFF_URL }));
  const { overview, fromCache, error, reload } = useOverview();
  const badges = itemsOfKind(overview?.items ?? [], 'badge');
  return (
    <View className='page' style={pageStyle()}>
      <Text className='title' {...heading(1)}>工作人员公示</Text>
      <NetworkBanner error={error} fromCache={fromCache} hasData={overview !== null} onRetry={() => void reload()} />
      {badges.map((b) => <BadgeCard key={b.key} item={b} />)}
      {overview && badges.length === 0 ? <Text className='text'>暂无公示信息，请到工作站现场查看。</Text> : null}
      {/* Where to complain, with tap-to-call: also the page's one control, so a keyboard can reach and scroll it. */}
      <ComplaintSection channels={(findItem(overview?.items ?? [], 'station', 'station')?.data ?? FALLBACK_STATION).complaintChannels} />
    </View>
  );
}
