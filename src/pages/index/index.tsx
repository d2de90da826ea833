import { useMemo } from 'react';
import Taro, { usePullDownRefresh, useShareAppMessage } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { ComplaintSection } from '../../components/home/ComplaintSection';
import { EntryTiles, tilesFor } from '../../components/home/EntryTiles';
import { GuideEntries } from '../../components/home/GuideEntries';
import { HoursSection } from '../../components/home/HoursSection';
import { MapButton } from '../../components/MapButton';
import { Meta } from '../../components/Meta';
import { NetworkBanner } from '../../components/NetworkBanner';
import { PhoneButton } from '../../components/PhoneButton';
import { Section } from '../../components/Section';
import { StatusLine } from '../../components/StatusLine';
import { safeCalendar } from '../../ui/calendar';
import { findItem, itemsOfKind } from '../../ui/content';
import { FALLBACK_STATION } from '../../ui/fallback';
import { pageStyle } from '../../ui/font-scale';
import { DEV_SIGN_IN_URL, WORKBENCH_URL, showDevSignIn } from '../../ui/links';
import { useMe } from '../../ui/useMe';
import { useNow } from '../../ui/useNow';
import { useOverview } from '../../ui/useOverview';
import { heading, roleOf } from '../../ui/a11y';

/**
 * The home page residents open first. For elderly residents the order matters: is the office open
 * now, then the tap-to-call phones, then large tiles (预约, 投诉, 我的事项, 我的消息), then hours,
 * address, the guides and how to complain. Works from the cached overview (or the rules' own facts)
 * when there is no network.
 */
export default function Index() {
  const { overview, fromCache, error, clockOffsetMs, reload } = useOverview();
  const { me } = useMe();
  const now = useNow(clockOffsetMs);
  const items = overview?.items ?? [];
  const version = overview?.calendar.version ?? '';
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const calendar = useMemo(() => safeCalendar(overview?.calendar), [version]);
  const stationItem = findItem(items, 'station', 'station');
  const station = stationItem?.data ?? FALLBACK_STATION;

  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh());
  });
  useShareAppMessage(() => ({ title: station.name, path: '/pages/index/index' }));

  return (
    <View className='page' style={pageStyle()}>
      <Text className='title' {...heading(1)}>{station.name}</Text>
      <Text className='muted'>所有法律服务一律免费</Text>
      <StatusLine nowMs={now} calendar={calendar} />
      <NetworkBanner error={error} fromCache={fromCache} hasData={overview !== null} onRetry={() => void reload()} />

      <Section title='打电话咨询' id='phones'>
        {station.phones.map((p) => <PhoneButton key={p.number} phone={p} />)}
        <Text className='muted'>七十岁以上老人、重度残疾人可电话预约上门服务。</Text>
      </Section>

      <EntryTiles tiles={tilesFor(!!me && me.kind !== 'anonymous')} />

      <HoursSection nowMs={now} calendar={calendar} extendedService={station.extendedService} notices={itemsOfKind(items, 'notice')} />

      <Section title='地址' id='address'>
        <Text className='text'>{station.address}</Text>
        <MapButton station={station} />
        <Meta updatedAt={stationItem?.updatedAt} sample={stationItem?.sample} />
      </Section>

      <GuideEntries guides={itemsOfKind(items, 'guide')} />

      <ComplaintSection channels={station.complaintChannels} />

      {me?.kind === 'staff' ? (
        <Text className='link' {...roleOf('link')} onClick={() => void Taro.navigateTo({ url: WORKBENCH_URL })}>工作人员入口</Text>
      ) : null}
      {showDevSignIn() ? (
        <Text className='link' {...roleOf('link')} onClick={() => void Taro.navigateTo({ url: DEV_SIGN_IN_URL })}>开发登录（演示账号）</Text>
      ) : null}
    </View>
  );
}
