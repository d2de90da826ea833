import { Text, View } from '@tarojs/components';
import type { InboxItem } from '../api/inbox';
import type { DueText } from '../ui/due-text';
import { roleOf } from '../ui/a11y';
import { CallButton } from './CallButton';
import { TextWithPhones } from './PhoneText';

interface Props {
  item: InboxItem;
  /** The due time in words (staff to-do rows); residents' messages have none. */
  due?: DueText;
  /** 「今天 09:30」: when it arrived. */
  sent: string;
  onOpen: (item: InboxItem) => void;
}

/**
 * One inbox entry as a large tappable card. Overdue and unread are said in words with a symbol
 * (「⚠ 已超期 2 个工作日」, 「● 未读」), never by colour alone; a screen reader reads the same words
 * (no separate label: a spoken name holds the visible words). An entry with a number to call (a
 * 「告知结果」 task) has a tap-to-call button right under it, outside the card's own tap.
 * @example <MessageRow item={item} due={dueText(item.dueAt, now, cal)} sent='今天 09:30' onOpen={open} />
 */
export function MessageRow(props: Props) {
  const { item, due, sent, onOpen } = props;
  const cls = ['msg', item.read ? '' : 'msg--unread', due?.overdue ? 'msg--overdue' : ''].filter(Boolean).join(' ');
  const row = (
    <View className={cls} onClick={() => onOpen(item)} {...roleOf('link')}>
      {due ? (
        <Text className={due.overdue ? 'due due--overdue' : 'due'}>{due.overdue ? `⚠ ${due.label}` : due.label}</Text>
      ) : null}
      {item.settled ? <Text className='due'>✓ 已办理</Text> : null}
      <View className='msg__head'>
        {item.read ? null : <Text className='msg__unread'>● 未读</Text>}
        <Text className='msg__title'>{item.title}</Text>
      </View>
      <Text className='msg__body'><TextWithPhones text={item.body} /></Text>
      {item.current ? <Text className='msg__now' {...roleOf('note')}>{`⟳ 现在：${item.current}`}</Text> : null}
      {due ? <Text className='meta'>{due.dueLine}</Text> : null}
      <Text className='meta'>{`收到：${sent}`}{item.link ? '　查看详情 ›' : ''}</Text>
    </View>
  );
  if (!item.phone || (item.read && due === undefined)) return row;
  return (
    <View>
      {row}
      <CallButton who='当事人' number={item.phone} />
    </View>
  );
}
