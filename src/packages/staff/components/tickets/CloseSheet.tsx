import { useState } from 'react';
import { Text } from '@tarojs/components';
import type { TicketStaffView } from '../../../../shared/tickets';
import { closeTicket } from './api';
import { Box, Submit, YesNo } from './FormBits';
import { Sheet } from './Sheet';
import { useCheckedRun } from './useCheckedRun';
import { CourtesyConfirm } from './CourtesyConfirm';
import { Warnings } from './Warnings';
import { checkCourtesyIn } from '../../../../domain/tickets/phrases';

/**
 * 办结: the result; or, for a matter outside the station's business (rule 二(五)), the
 * explanation and where to go. Stops the clocks; the resident is told. Every text is checked for
 * 服务忌语 while typing and by the server, like a reply (「仍然发送？」 before anything is sent).
 * @example <CloseSheet ticket={t} onDone={setTicket} onClose={close} />
 */
export function CloseSheet({ ticket, onDone, onClose, outOfScope: startOut = false }: {
  ticket: TicketStaffView; onDone: (t: TicketStaffView) => void; onClose: () => void; outOfScope?: boolean;
}) {
  const [result, setResult] = useState('');
  const [out, setOut] = useState(startOut);
  const [explanation, setExplanation] = useState('');
  const [whereToGo, setWhereToGo] = useState('');
  const { run, busy, error, held, confirm, back } = useCheckedRun<{ ticket: TicketStaffView }>((d) => onDone(d.ticket));
  const go = () => void run((confirmed) => closeTicket(ticket.id, result.trim(), out ? { explanation: explanation.trim(), whereToGo: whereToGo.trim() } : undefined, confirmed));
  const live = checkCourtesyIn({ result, ...(out ? { explanation, whereToGo } : {}) });
  if (held) {
    return (
      <Sheet title='仍然发送？' onClose={onClose}>
        <CourtesyConfirm warnings={held} busy={busy} error={error} onBack={back} onConfirm={confirm}
          texts={[['办理结果', result], ...(out ? [['解释', explanation], ['去向', whereToGo]] as [string, string][] : [])]} />
      </Sheet>
    );
  }
  return (
    <Sheet title='办结' onClose={onClose}>
      <YesNo label='这件事归工作站办吗？' value={out} onChange={setOut} no='归本站办' yes='不归本站，告知去向' />
      <Box label={out ? '办理结果（简要）' : '办理结果'} path='result' value={result} onChange={setResult} error={error}
        placeholder={out ? '例如：已告知居民到县人社局办理' : '例如：已电话答复，居民表示满意'} />
      {out ? <Box label='向居民解释为什么' path='outOfScope.explanation' value={explanation} onChange={setExplanation} error={error} /> : null}
      {out ? <Box label='告知去哪里办（单位、地址、电话）' path='outOfScope.whereToGo' value={whereToGo} onChange={setWhereToGo} error={error} /> : null}
      <Warnings items={live} title='注意：有服务忌语' />
      {ticket.online ? <Text className='muted'>居民会在小程序里看到办理结果。</Text> : null}
      <Submit label='确认办结' busy={busy} error={error?.field ? undefined : error} onClick={go} />
    </Sheet>
  );
}
