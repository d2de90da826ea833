import { Text, View } from '@tarojs/components';
import { MessageRow } from '../../../../components/MessageRow';
import { heading, roleOf } from '../../../../ui/a11y';
import { sentText } from '../../../../ui/due-text';
import { pageStyle } from '../../../../ui/font-scale';
import { useInbox } from '../../../../ui/useInbox';
import { useNow } from '../../../../ui/useNow';

/**
 * 「我的消息」: what the station told this resident (replies, progress, late matters), newest
 * first — also when WeChat could not deliver the message. Tap one to mark it read and open it.
 */
export default function Messages() {
  const now = useNow();
  const { items, error, reload, open } = useInbox();
  const unread = (items ?? []).filter((i) => !i.read).length;
  return (
    <View className='page' style={pageStyle()}>
      <Text className='title' {...heading(1)}>我的消息</Text>
      <Text className='muted'>{unread ? `有 ${unread} 条新消息，最新的在最上面。` : '最新的消息在最上面。下拉可刷新。'}</Text>
      {error ? (
        <View className='banner' {...roleOf('alert')} onClick={() => void reload()}>
          <Text>{error.message}（点此重试）</Text>
        </View>
      ) : null}
      {items === null && !error ? <Text className='text'>正在加载…</Text> : null}
      {items && items.length === 0 ? (
        <Text className='text'>暂时没有消息。您办理的事情有进展时，工作站会在这里告诉您。</Text>
      ) : null}
      {(items ?? []).map((item) => (
        <MessageRow key={item.id} item={item} sent={sentText(item.createdAt, now)} onOpen={open} />
      ))}
    </View>
  );
}
