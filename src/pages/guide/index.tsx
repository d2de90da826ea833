import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro';
import { Checklist } from '../../components/Checklist';
import { Meta } from '../../components/Meta';
import { NetworkBanner } from '../../components/NetworkBanner';
import { PhoneButton } from '../../components/PhoneButton';
import { Section } from '../../components/Section';
import { ShareButton } from '../../components/ShareButton';
import { readCachedOverview } from '../../api/overview';
import { findItem } from '../../ui/content';
import { FALLBACK_STATION } from '../../ui/fallback';
import { pageStyle } from '../../ui/font-scale';
import { guideUrl } from '../../ui/links';
import { useGuide } from '../../ui/useGuide';
import { a11y, heading } from '../../ui/a11y';

/** The legal-aid pages (subpackage packages/legal-aid; the contract's LEGAL_AID_PAGES, written out to keep the main package small). */
const LEGAL_AID_APPLY = '/packages/legal-aid/pages/apply/index';
const LEGAL_AID_MINE = '/packages/legal-aid/pages/mine/index';

/** The key from the page address, decoded once if it arrives encoded. */
function keyFrom(params: Record<string, string | undefined>): string {
  const raw = params.key ?? '';
  return raw.includes('%') ? decodeURIComponent(raw) : raw;
}

/**
 * 一次性告知: everything about one service on one page — steps, time limit, materials as a
 * checklist, where to go, the legal basis — and a way to share it with family.
 */
export default function GuidePage() {
  const key = keyFrom(useRouter().params);
  const { guide, error } = useGuide(key);
  const cachedItems = readCachedOverview()?.overview.items ?? [];
  const phones = findItem(cachedItems, 'station', 'station')?.data.phones ?? FALLBACK_STATION.phones;
  useShareAppMessage(() => ({ title: guide ? `${guide.data.title}：要带什么、怎么办` : '办事指南', path: guideUrl(key) }));

  if (!guide) {
    return (
      <View className='page' style={pageStyle()}>
        <NetworkBanner error={error ?? '正在加载…'} fromCache={false} hasData={false} />
        {phones.map((p) => <PhoneButton key={p.number} phone={p} />)}
      </View>
    );
  }
  const g = guide.data;
  return (
    <View className='page' style={pageStyle()}>
      <Text className='title' {...heading(1)}>{g.title}</Text>
      <Text className='text'>{g.summary}</Text>
      <Meta updatedAt={guide.updatedAt} sample={guide.sample} />
      <NetworkBanner error={error} fromCache={true} hasData={true} />
      {key === 'guide:legal-aid' ? (
        <View>
          <Button className='btn btn--primary' onClick={() => void Taro.navigateTo({ url: LEGAL_AID_APPLY })} {...a11y('申请法律援助', 'button')}>申请法律援助</Button>
          <Text className='link' {...a11y('查看我的申请', 'link')} onClick={() => void Taro.navigateTo({ url: LEGAL_AID_MINE })}>查看我的申请 ›</Text>
        </View>
      ) : null}
      <Section title='办理步骤'>
        {g.steps.map((s, i) => (
          <Text key={s} className='list-item text'>
            <Text className='steps__n'>{i + 1}.</Text>{s}
          </Text>
        ))}
      </Section>
      <Section title='办理时限'>
        <Text className='text'>{g.timeLimit}</Text>
      </Section>
      <Section title='需要带的材料'>
        <Checklist items={g.materials} />
      </Section>
      <Section title='去哪里办'>
        <Text className='text'>{g.whereToGo}</Text>
      </Section>
      <Section title='依据'>
        <Text className='text'>{g.basis}</Text>
      </Section>
      <ShareButton />
      <Section title='还有疑问？'>
        {phones.map((p) => <PhoneButton key={p.number} phone={p} />)}
      </Section>
    </View>
  );
}
