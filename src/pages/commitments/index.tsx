import { Text, View } from '@tarojs/components';
import { useShareAppMessage } from '@tarojs/taro';
import { COMMITMENTS_URL } from '../../ui/links';
import { Meta } from '../../components/Meta';
import { NetworkBanner } from '../../components/NetworkBanner';
import { Section } from '../../components/Section';
import { findItem } from '../../ui/content';
import { FALLBACK_STATION } from '../../ui/fallback';
import { ComplaintSection } from '../../components/home/ComplaintSection';
import { pageStyle } from '../../ui/font-scale';
import { useOverview } from '../../ui/useOverview';
import { heading } from '../../ui/a11y';

/** 服务承诺 (rule 一): what the station promises, as published by the admin. */
export default function CommitmentsPage() {
  useShareAppMessage(() => ({ title: '西山镇公共法律服务工作站 · 服务承诺', path: COMMITMENTS_URL }));
  const { overview, fromCache, error, reload } = useOverview();
  const item = findItem(overview?.items ?? [], 'commitments', 'commitments');
  return (
    <View className='page' style={pageStyle()}>
      <Text className='title' {...heading(1)}>服务承诺</Text>
      <NetworkBanner error={error} fromCache={fromCache} hasData={overview !== null} onRetry={() => void reload()} />
      {item ? (
        <View>
          {item.data.items.map((c) => (
            <Section key={c.title} title={c.title}>
              <Text className='text'>{c.body}</Text>
            </Section>
          ))}
          <Meta updatedAt={item.updatedAt} sample={item.sample} />
        </View>
      ) : null}
      {/* Where to complain, with tap-to-call: also the page's one control, so a keyboard can reach and scroll it. */}
      <ComplaintSection channels={(findItem(overview?.items ?? [], 'station', 'station')?.data ?? FALLBACK_STATION).complaintChannels} />
    </View>
  );
}
