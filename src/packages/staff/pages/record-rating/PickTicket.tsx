import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { toBeijingDate } from '../../../../domain/beijing';
import type { InboxRow } from '../../../../shared/tickets';
import { a11y, roleOf } from '../../../../ui/a11y';
import { formatMonthDay } from '../../../../ui/dates';
import { loadInbox } from '../../components/tickets/api';
import { TYPE_SHORT } from '../../components/tickets/words';

/**
 * 「是哪件事？」: the station's recently closed tickets as big rows; tapping one picks it. Tickets a
 * resident owns in the mini-program are left out: they rate it there themselves (rule 十二).
 * @example <PickTicket value={id} onPick={setId} />
 */
export function PickTicket({ value, onPick }: { value: string; onPick: (row: InboxRow) => void }) {
  const [rows, setRows] = useState<InboxRow[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    void loadInbox({ status: 'closed' }).then((res) => (res.ok ? setRows(res.data.items.filter((r) => !r.ownerRates)) : setError(res.error.message)));
  }, []);
  if (error) return <Text className='bar__error' {...roleOf('alert')}>{error}</Text>;
  if (!rows) return <Text className='text'>正在加载已办结的事项…</Text>;
  if (!rows.length) return <Text className='text'>还没有可登记评价的已办结事项（线上提交的事项由居民在小程序里自己评价）。</Text>;
  return (
    <View className='field' id='field-subject' {...roleOf('radiogroup', { 'aria-label': '评价的是哪件事' })}>
      <Text className='muted'>线上提交的事项由居民在小程序里自己评价，这里不列出。</Text>
      {rows.map((r) => {
        const on = r.id === value;
        const who = [r.contactName, r.contactPhone].filter(Boolean).join(' ');
        return (
          <View key={r.id} className={`ticket-row ${on ? 'rr-on' : ''}`} aria-checked={on ? 'true' : 'false'} onClick={() => onPick(r)}
            {...a11y(`${TYPE_SHORT[r.type]}：${r.preview}${who ? `，${who}` : ''}`, 'radio')}>
            <Text className='text strong'>{on ? '✓ ' : '○ '}{TYPE_SHORT[r.type]} · {formatMonthDay(toBeijingDate(r.createdAt))}</Text>
            <Text className='text'>{r.preview}</Text>
            <Text className='muted'>{who || '（没有留联系方式）'}{r.assignee ? ` · 办理人 ${r.assignee.name}` : ''}</Text>
          </View>
        );
      })}
    </View>
  );
}
