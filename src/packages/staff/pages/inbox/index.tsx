import { useMemo } from 'react';
import { Text, View } from '@tarojs/components';
import type { InboxItem } from '../../../../api/inbox';
import { MessageRow } from '../../../../components/MessageRow';
import { heading, roleOf } from '../../../../ui/a11y';
import { safeCalendar } from '../../../../ui/calendar';
import { dueText, sentText, type DueText } from '../../../../ui/due-text';
import { pageStyle } from '../../../../ui/font-scale';
import { useInbox } from '../../../../ui/useInbox';
import { useNow } from '../../../../ui/useNow';
import { useOverview } from '../../../../ui/useOverview';
import { StaffGate } from '../../components/StaffGate';

interface Row {
  item: InboxItem;
  due?: DueText;
}

/** Splits the server's order (overdue first, then by due time) into the page's three groups. */
function groupRows(rows: Row[]) {
  return [
    { title: '已超期', rows: rows.filter((r) => r.due?.overdue) },
    { title: '待办理', rows: rows.filter((r) => r.due && !r.due.overdue) },
    { title: '其他消息', rows: rows.filter((r) => !r.due) },
  ].filter((g) => g.rows.length > 0);
}

function InboxList() {
  const { overview, clockOffsetMs } = useOverview();
  const now = useNow(clockOffsetMs);
  const version = overview?.calendar.version ?? '';
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const calendar = useMemo(() => safeCalendar(overview?.calendar), [version]);
  const { items, error, reload, open } = useInbox();
  const rows: Row[] = (items ?? []).map((item) => (item.dueAt === null ? { item } : { item, due: dueText(item.dueAt, now, calendar) }));
  const groups = groupRows(rows);

  return (
    <View className='page' style={pageStyle()}>
      <Text className='title' {...heading(1)}>我的待办</Text>
      <Text className='muted'>已超期的排在最前面，其余按到期时间排。下拉可刷新。</Text>
      {error ? (
        <View className='banner' {...roleOf('alert')} onClick={() => void reload()}>
          <Text>{error.message}（点此重试）</Text>
        </View>
      ) : null}
      {items === null && !error ? <Text className='text'>正在加载…</Text> : null}
      {items && items.length === 0 ? <Text className='text'>暂无待办事项。有新的到期提醒时会显示在这里。</Text> : null}
      {groups.map((g) => (
        <View key={g.title}>
          <Text className='h2 group' {...heading(2)}>{`${g.title}（${g.rows.length}）`}</Text>
          {g.rows.map((r) => (
            <MessageRow key={r.item.id} item={r.item} due={r.due} sent={sentText(r.item.createdAt, now)} onOpen={open} />
          ))}
        </View>
      ))}
    </View>
  );
}

/** 「我的待办」: the staff member's inbox, overdue first, each due time in working days. Staff only. */
export default function StaffInbox() {
  return <StaffGate>{() => <InboxList />}</StaffGate>;
}
