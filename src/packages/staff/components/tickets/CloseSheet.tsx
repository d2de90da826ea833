import { useState } from 'react';
import { Text } from '@tarojs/components';
import type { TicketStaffView } from '../../../../shared/tickets';
import { closeTicket } from './api';
import { Box, Submit, YesNo } from './FormBits';
import { Sheet } from './Sheet';
import { useRun } from './useRun';

/**
 * 办结: the result; or, for a matter outside the station's business (rule 二(五)), the
 * explanation and where to go. Stops the clocks; the resident is told.
 * @example <CloseSheet ticket={t} onDone={setTicket} onClose={close} />
 */
export function CloseSheet({ ticket, onDone, onClose, outOfScope: startOut = false }: {
  ticket: TicketStaffView; onDone: (t: TicketStaffView) => void; onClose: () => void; outOfScope?: boolean;
}) {
  const [result, setResult] = useState('');
  const [out, setOut] = useState(startOut);
  const [explanation, setExplanation] = useState('');
  const [whereToGo, setWhereToGo] = useState('');
  const { run, busy, error } = useRun(onDone);
  const go = () => void run(() => closeTicket(ticket.id, result.trim(), out ? { explanation: explanation.trim(), whereToGo: whereToGo.trim() } : undefined));
  return (
    <Sheet title='办结' onClose={onClose}>
      <YesNo label='这件事归工作站办吗？' value={out} onChange={setOut} no='归本站办' yes='不归本站，告知去向' />
      <Box label={out ? '办理结果（简要）' : '办理结果'} path='result' value={result} onChange={setResult} error={error}
        placeholder={out ? '例如：已告知居民到县人社局办理' : '例如：已电话答复，居民表示满意'} />
      {out ? <Box label='向居民解释为什么' path='outOfScope.explanation' value={explanation} onChange={setExplanation} error={error} /> : null}
      {out ? <Box label='告知去哪里办（单位、地址、电话）' path='outOfScope.whereToGo' value={whereToGo} onChange={setWhereToGo} error={error} /> : null}
      {ticket.online ? <Text className='muted'>居民会在小程序里看到办理结果。</Text> : null}
      <Submit label='确认办结' busy={busy} error={error?.field ? undefined : error} onClick={go} />
    </Sheet>
  );
}
