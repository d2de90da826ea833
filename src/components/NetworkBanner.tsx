import { Button, Text, View } from '@tarojs/components';
import { a11y } from '../ui/a11y';

/**
 * Tells the reader that the latest information could not be loaded, and what they see instead.
 * Renders nothing when the last load succeeded.
 * @example <NetworkBanner error={error} fromCache={fromCache} onRetry={reload} />
 */
export function NetworkBanner({ error, fromCache, hasData, onRetry }: {
  error?: string;
  fromCache: boolean;
  hasData: boolean;
  onRetry?: () => void;
}) {
  if (!error) return null;
  const shown = fromCache ? '显示的是上次保存的信息' : hasData ? '' : '以下是工作站公开的基本信息，可直接拨打电话';
  return (
    <View className='banner' role='alert'>
      <Text className='banner__title'>{error}</Text>
      {shown ? <Text style={{ display: 'block' }}>{shown}</Text> : null}
      {onRetry ? (
        <Button className='btn btn--small' style={{ marginTop: "12px" }} onClick={onRetry} {...a11y('重新加载', 'button')}>重新加载</Button>
      ) : null}
    </View>
  );
}
