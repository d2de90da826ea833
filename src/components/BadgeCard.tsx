import { Text, View } from '@tarojs/components';
import type { ContentItem } from '../shared/content';
import { Meta } from './Meta';

/**
 * One 挂牌上岗 badge (rule 四（四）): 姓名、职务、岗位、业务范围、投诉方式.
 * @example <BadgeCard item={badgeItem} />
 */
export function BadgeCard({ item }: { item: ContentItem<'badge'> }) {
  const b = item.data;
  const rows: [string, string][] = [
    ['职务', b.post],
    ['岗位', b.duty],
    ['业务范围', b.scope],
    ['投诉方式', b.complaintHow],
  ];
  return (
    <View className='card' aria-label={`工作人员 ${b.name}`}>
      <Text className='h2'>{b.name}</Text>
      {rows.map(([label, value]) => (
        <Text key={label} className='text'>
          <Text className='strong'>{label}：</Text>{value}
        </Text>
      ))}
      <Meta updatedAt={item.updatedAt} sample={item.sample} />
    </View>
  );
}
