import { useState } from 'react';
import { Text } from '@tarojs/components';
import type { ContentItem } from '../../../../shared/content';
import type { TicketStaffView } from '../../../../shared/tickets';
import { roleOf } from '../../../../ui/a11y';
import { issueNotice } from './api';
import { newRequestId } from './request-id';
import { Chips } from './Chips';
import { Box, Submit, YesNo } from './FormBits';
import { Sheet } from './Sheet';
import { useCheckedRun } from './useCheckedRun';
import { CourtesyConfirm } from './CourtesyConfirm';
import { Warnings } from './Warnings';
import { checkCourtesy } from '../../../../domain/tickets/phrases';

/**
 * 一次性告知 (rule 三): pick the guide (policy, process, materials, time limit are copied from it),
 * add a note for this person; for a phone call it may be told orally (then only a note is kept).
 * The note is checked for 服务忌语 like a reply.
 * @example <NoticeSheet ticket={t} guides={guides} onDone={setTicket} onClose={close} />
 */
export function NoticeSheet({ ticket, guides, onDone, onClose }: {
  ticket: TicketStaffView; guides: ContentItem<'guide'>[]; onDone: (t: TicketStaffView) => void; onClose: () => void;
}) {
  const [guideKey, setGuideKey] = useState('');
  const [extra, setExtra] = useState('');
  const [oral, setOral] = useState(false);
  const [requestId] = useState(newRequestId);
  const { run, busy, error, held, confirm, back } = useCheckedRun<{ ticket: TicketStaffView }>((d) => onDone(d.ticket));
  if (held) {
    return (
      <Sheet title='仍然发送？' onClose={onClose}>
        <CourtesyConfirm warnings={held} texts={[['补充说明', extra]]} busy={busy} error={error} onBack={back} onConfirm={confirm} />
      </Sheet>
    );
  }
  return (
    <Sheet title='一次性告知' onClose={onClose}>
      <Text className='muted'>选一个办事指南，政策、流程、材料、时限会完整写进告知书并随事项存档{ticket.online ? '，居民在小程序里能看到' : ''}。</Text>
      {guides.length === 0 ? <Text className='text'>正在加载办事指南…</Text> : null}
      <Chips label='办事指南' options={guides.map((g) => ({ value: g.key, label: g.data.title }))} value={guideKey} onChange={setGuideKey} />
      {error?.field === 'guideKey' ? <Text className='field__error' {...roleOf('alert')}>{error.message}</Text> : null}
      {ticket.channel === 'phone' ? (
        <YesNo label='告知方式' value={oral} onChange={setOral} no='书面告知' yes='电话口头告知' />
      ) : null}
      <Box label='补充说明（可不填）' path='extra' value={extra} onChange={setExtra} error={error} placeholder='例如：还需带上村委会证明' />
      <Warnings items={checkCourtesy(extra)} title='注意：有服务忌语' />
      <Submit label={oral ? '记录口头告知' : '发出书面告知'} busy={busy} error={error?.field ? undefined : error}
        onClick={() => void run((confirmed) => issueNotice(ticket.id, guideKey, extra.trim(), oral, confirmed, requestId))} />
    </Sheet>
  );
}
