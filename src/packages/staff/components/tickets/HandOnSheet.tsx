import { useEffect, useState } from 'react';
import { Text } from '@tarojs/components';
import type { ApiError } from '../../../../api/types';
import type { StaffRef, TicketStaffView } from '../../../../shared/tickets';
import { roleOf } from '../../../../ui/a11y';
import { handOn, staffList } from './api';
import { Chips } from './Chips';
import { Box, Submit } from './FormBits';
import { Sheet } from './Sheet';
import { useRun } from './useRun';

/**
 * 转交: pick a colleague (big chips), say why; the first responder (首问责任人) stays.
 * @example <HandOnSheet ticket={t} onDone={setTicket} onClose={close} />
 */
export function HandOnSheet({ ticket, onDone, onClose }: { ticket: TicketStaffView; onDone: (t: TicketStaffView) => void; onClose: () => void }) {
  const [staff, setStaff] = useState<StaffRef[] | null>(null);
  const [loadError, setLoadError] = useState<ApiError>();
  const [to, setTo] = useState('');
  const [note, setNote] = useState('');
  const { run, busy, error } = useRun(onDone);
  useEffect(() => {
    void staffList().then((res) => (res.ok ? setStaff(res.data.items) : setLoadError(res.error)));
  }, []);
  const others = (staff ?? []).filter((s) => s.staffId !== ticket.assignee?.staffId);
  return (
    <Sheet title='转交给同事' onClose={onClose}>
      <Text className='muted'>首问责任人仍是 {ticket.firstResponder?.name ?? '（未定）'}。</Text>
      {loadError ? <Text className='bar__error' {...roleOf('alert')}>{loadError.message}</Text> : null}
      {staff === null && !loadError ? <Text className='text'>正在加载同事名单…</Text> : null}
      {others.length ? <Chips label='转交给' options={others.map((s) => ({ value: s.staffId, label: s.name }))} value={to} onChange={setTo} /> : null}
      {error?.field === 'toStaffId' ? <Text className='field__error' {...roleOf('alert')}>{error.message}</Text> : null}
      <Box label='转交说明' path='note' value={note} onChange={setNote} error={error} placeholder='例如：涉及土地纠纷，请调解员办理' />
      <Submit label='确认转交' busy={busy} error={error?.field ? undefined : error} onClick={() => void run(() => handOn(ticket.id, to, note.trim()))} />
    </Sheet>
  );
}
