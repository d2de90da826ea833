import { View } from '@tarojs/components';
import type { ContentItem } from '../../shared/content';
import { COMMITMENTS_URL, STAFF_URL, guideUrl } from '../../ui/links';
import { EntryCard } from '../EntryCard';

/** The three guides the rules name (四（三）), used until the server's list is known. */
const KNOWN_GUIDES = [
  { key: 'guide:consultation', title: '法律咨询', summary: '怎么问、去哪里问' },
  { key: 'guide:legal-aid', title: '法律援助', summary: '步骤、材料、时限' },
  { key: 'guide:notary', title: '公证', summary: '步骤、材料、时限' },
];

/**
 * Entry cards: the 一次性告知 guides, the staff roster and the service commitments.
 * @example <GuideEntries guides={itemsOfKind(items, 'guide')} />
 */
export function GuideEntries({ guides }: { guides: ContentItem<'guide'>[] }) {
  const list = guides.length > 0
    ? guides.map((g) => ({ key: g.key, title: g.data.title, summary: g.data.summary }))
    : KNOWN_GUIDES;
  return (
    <View>
      {list.map((g) => (
        <EntryCard key={g.key} title={`${g.title}怎么办`} desc={g.summary} url={guideUrl(g.key)} />
      ))}
      <EntryCard title='工作人员公示' desc='姓名、岗位、业务范围、投诉方式' url={STAFF_URL} />
      <EntryCard title='服务承诺' desc='免费服务、绿色通道、上门服务' url={COMMITMENTS_URL} />
    </View>
  );
}
