import { Text, View } from '@tarojs/components';
import { formatUpdated } from '../ui/dates';

/**
 * 「更新于 2026年11月26日」 under a published item, plus the sample marker when the admin has not
 * replaced the sample content yet.
 * @example <Meta updatedAt={item.updatedAt} sample={item.sample} />
 */
export function Meta({ updatedAt, sample }: { updatedAt?: number; sample?: boolean }) {
  return (
    <View>
      {sample ? <Text className='tag'>示例信息，待管理员更新</Text> : null}
      {updatedAt ? <Text className='meta'>{formatUpdated(updatedAt)}</Text> : null}
    </View>
  );
}
