import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { a11y } from '../ui/a11y';

/**
 * A large card that opens another page.
 * @example <EntryCard title='法律援助怎么办' desc='步骤、材料、时限' url='/pages/guide/index?key=guide%3Alegal-aid' />
 */
export function EntryCard({ title, desc, url }: { title: string; desc?: string; url: string }) {
  return (
    <View className='entry' onClick={() => void Taro.navigateTo({ url })} {...a11y(desc ? `${title}：${desc}` : title, 'link')}>
      <View>
        <Text className='entry__title'>{title}</Text>
        {desc ? <Text className='entry__desc'>{desc}</Text> : null}
      </View>
      <Text className='entry__arrow' aria-hidden='true'>›</Text>
    </View>
  );
}
