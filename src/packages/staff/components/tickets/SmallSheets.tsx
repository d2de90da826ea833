import { useState } from 'react';
import { Picker, Text, View } from '@tarojs/components';
import { toBeijingDate } from '../../../../domain/beijing';
import type { TicketStaffView } from '../../../../shared/tickets';
import { a11y, roleOf } from '../../../../ui/a11y';
import { formatMonthDay } from '../../../../ui/dates';
import { markMajor, recordTransferReply, reportDelay } from './api';
import { newRequestId } from './request-id';
import { Box, Submit } from './FormBits';
import { Sheet } from './Sheet';
import { useRun } from './useRun';
import { useCheckedRun } from './useCheckedRun';
import { CourtesyConfirm } from './CourtesyConfirm';
import { Warnings } from './Warnings';
import { checkCourtesy } from '../../../../domain/tickets/phrases';

type Props = { ticket: TicketStaffView; onDone: (t: TicketStaffView) => void; onClose: () => void };

/**
 * 说明延期 (rule 八(五)3): why it takes longer and when the answer can be expected; the resident is
 * told. The clock itself is not moved. The reason is checked for 服务忌语 like a reply.
 */
export function DelaySheet({ ticket, onDone, onClose, now }: Props & { now: number }) {
  const today = toBeijingDate(now);
  const [reason, setReason] = useState('');
  const [expectedBy, setExpectedBy] = useState('');
  const [requestId] = useState(newRequestId);
  const { run, busy, error, held, confirm, back } = useCheckedRun<{ ticket: TicketStaffView }>((d) => onDone(d.ticket));
  const dateError = error?.field === 'expectedBy' ? error.message : undefined;
  if (held) {
    return (
      <Sheet title='仍然发送？' onClose={onClose}>
        <CourtesyConfirm warnings={held} texts={[['延期原因', reason]]} busy={busy} error={error} onBack={back} onConfirm={confirm} />
      </Sheet>
    );
  }
  return (
    <Sheet title='说明延期' onClose={onClose}>
      <Text className='muted'>{ticket.online ? '居民会收到延期原因和预计答复日期。' : '请同时电话告知当事人。'}</Text>
      <Box label='延期原因' path='reason' value={reason} onChange={setReason} error={error} placeholder='例如：需要向被投诉人所在窗口调查核实' />
      <Warnings items={checkCourtesy(reason)} title='注意：有服务忌语' />
      <View className={`field ${dateError ? 'field--error' : ''}`} id='field-expectedBy'>
        <Text className='field__label'>预计答复日期</Text>
        <Picker mode='date' value={expectedBy || today} start={today} end='2035-12-31' onChange={(e) => setExpectedBy(String(e.detail.value))}>
          <View className='field__input' {...a11y(`预计答复日期：${expectedBy ? `${formatMonthDay(expectedBy)}，点此改选` : '未选，点此选择日期'}`, 'button')}>
            {expectedBy ? formatMonthDay(expectedBy) : '点此选择日期'}
          </View>
        </Picker>
        {dateError ? <Text className='field__error' {...roleOf('alert')}>{dateError}</Text> : null}
      </View>
      <Submit label='告知延期' busy={busy} error={error?.field ? undefined : error} onClick={() => void run((confirmed) => reportDelay(ticket.id, reason.trim(), expectedBy, confirmed, requestId))} />
    </Sheet>
  );
}

/** 重大投诉 (rule 八(六)): reported to 县局政工监察股; every director and admin is told. */
export function MajorSheet({ ticket, onDone, onClose }: Props) {
  const [reason, setReason] = useState('');
  const { run, busy, error } = useRun(onDone);
  return (
    <Sheet title='标记为重大投诉' onClose={onClose}>
      <Text className='muted'>标记后上报县局政工监察股，并通知工作站主任和平台管理人员。</Text>
      <Box label='为什么属于重大投诉' path='reason' value={reason} onChange={setReason} error={error} />
      <Submit label='标记并上报' danger busy={busy} error={error?.field ? undefined : error} onClick={() => void run(() => markMajor(ticket.id, reason.trim()))} />
    </Sheet>
  );
}

/** 转来件的回复 (rule 八(五)6): the result sent back to the department that transferred it. */
export function TransferReplySheet({ ticket, onDone, onClose }: Props) {
  const [text, setText] = useState('');
  const [requestId] = useState(newRequestId);
  const { run, busy, error } = useRun(onDone);
  return (
    <Sheet title={`回复${ticket.transferredFrom?.department ?? '转来部门'}`} onClose={onClose}>
      <Box label='回复转来部门的内容' path='replyText' value={text} onChange={setText} error={error} />
      <Submit label='记录回复' busy={busy} error={error?.field ? undefined : error} onClick={() => void run(() => recordTransferReply(ticket.id, text.trim(), requestId))} />
    </Sheet>
  );
}
