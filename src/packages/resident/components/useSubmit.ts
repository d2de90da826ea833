import { useRef, useState } from 'react';
import { requestSubscribe, type SubscribeOutcome } from '../../../api/subscribe';
import type { ApiError } from '../../../api/types';
import type { TicketView } from '../../../shared/tickets';
import { newRequestId, submitTicket, type SubmitInput } from './tickets-api';
import { saveContact } from './contact';

/**
 * Subscribe purposes for a resident's matter, asked where they submit: a reply, the result, and
 * 「办理超期说明」 — the scheduler's late notice (`deadlineLate`) and the staff's delay notice
 * (`ticketDelay`, src/server/tickets/notify.ts), which share one template. WeChat shows at most
 * 3 templates per dialog; the first 3 distinct ids are asked.
 */
export const TICKET_SUBSCRIBE_PURPOSES = ['ticketReply', 'ticketClosed', 'deadlineLate', 'ticketDelay'] as const;

/** What the 「提交」 tap achieved about WeChat reminders, in words (empty off WeChat). */
function subscribeNote(out: SubscribeOutcome): string {
  if (out.skipped) return '';
  if (out.accepted.length) return '已开启微信提醒：有答复时会通知您。';
  return '没有开启微信提醒，答复会显示在「我的事项」里。';
}

/**
 * Submits a resident's form once: one request id per form (a retried tap files nothing new),
 * WeChat reminder consent asked from the tap, the server's error kept for the field it names.
 * @example const { submit, error, done } = useSubmit(); await submit({ type: 'praise', content });
 */
export function useSubmit() {
  const requestId = useRef(newRequestId());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [done, setDone] = useState<TicketView | null>(null);
  const [note, setNote] = useState('');

  const submit = async (input: Omit<SubmitInput, 'requestId'>) => {
    if (busy) return;
    // WeChat's consent dialog opens now, inside the tap, before anything is awaited
    const consent = requestSubscribe(TICKET_SUBSCRIBE_PURPOSES);
    setBusy(true);
    setError(undefined);
    const outcome = await consent;
    const res = await submitTicket({ ...input, requestId: requestId.current });
    setBusy(false);
    if (!res.ok) return setError(res.error);
    saveContact({ name: input.name ?? '', phone: input.phone ?? '' });
    setNote(subscribeNote(outcome));
    setDone(res.data.ticket);
  };
  return { submit, busy, error, done, note };
}
