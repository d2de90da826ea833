import { Text } from '@tarojs/components';
import { formatUpdated } from '../../../ui/dates';

/**
 * 「第3版 · 更新于 2026年11月26日 · admin」
 * @example <VersionLine version={3} updatedAt={ms} updatedBy='张三' />
 */
export function VersionLine({ version, updatedAt, updatedBy }: { version: number; updatedAt: number; updatedBy?: string }) {
  return <Text className='meta'>第{version}版 · {formatUpdated(updatedAt)}{updatedBy ? ` · ${updatedBy}` : ''}</Text>;
}
