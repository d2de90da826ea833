import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Calendar } from '../../../../domain/calendar';
import { CHANNELS, COMPLAINT_SCOPE_SHORT, type InboxRow } from '../../../../shared/tickets';
import { roleOf } from '../../../../ui/a11y';
import { DueLabel } from './DueLabel';
import { staffTicketUrl } from './links';
import { describeTimeLeft } from './time-left';
import { statusText, TYPE_SHORT } from './words';

/**
 * One inbox row: due label (symbol + words), type, status, channel, the start of the content,
 * the masked contact and who handles it. Tap opens the ticket. A screen reader reads what is shown
 * (no separate label: the spoken name must hold the visible words, axe-core label-content-name-mismatch).
 * @example <InboxRowView row={row} now={now} calendar={calendar} />
 */
export function InboxRowView({ row, now, calendar }: { row: InboxRow; now: number; calendar: Calendar }) {
  const left = row.status === 'closed' ? describeTimeLeft(null, now, calendar) : describeTimeLeft(row.dueAt, now, calendar, row.overdue);
  const who = [row.contactName, row.contactPhone].filter(Boolean).join(' ');
  const kind = `${TYPE_SHORT[row.type]}${row.complaintScope ? `（${COMPLAINT_SCOPE_SHORT[row.complaintScope]}）` : ''}`;
  return (
    <View className='ticket-row' {...roleOf('listitem')}>
      <View onClick={() => void Taro.navigateTo({ url: staffTicketUrl(row.id) })} {...roleOf('link')}>
      <View className='ticket-row__head'>
        {left.state === 'none' ? <Text className='muted'>{statusText(row.status)}</Text> : <DueLabel left={left} />}
        <Text className='text strong'>{kind}{row.major ? ' · ‼ 重大' : ''}</Text>
      </View>
      <Text className='text'>{row.preview}</Text>
      <Text className='muted'>
        {left.state === 'none' ? '' : `${statusText(row.status)} · `}{CHANNELS[row.channel]}{who ? ` · ${who}` : ''}{row.assignee ? ` · 办理人 ${row.assignee.name}` : ' · 还没有人受理'}
      </Text>
      </View>
    </View>
  );
}
