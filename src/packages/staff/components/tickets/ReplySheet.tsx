import { useState } from 'react';
import { Button, Text, Textarea, View } from '@tarojs/components';
import type { ApiError } from '../../../../api/types';
import { checkCourtesy } from '../../../../domain/tickets/phrases';
import type { PhraseWarning, TicketStaffView } from '../../../../shared/tickets';
import { a11y, roleOf } from '../../../../ui/a11y';
import { replyTicket } from './api';
import { newRequestId } from './request-id';
import { Sheet } from './Sheet';
import { Warnings } from './Warnings';

/**
 * 回复: the reply box checks for 服务忌语 while typing; on 发送 the server checks again and, if it
 * finds any, nothing is sent: the warnings and polite forms are shown with 「仍然发送？」. Only
 * 「仍然发送」 sends the text as written (the check warns, it never rewrites).
 * @example <ReplySheet ticket={t} onDone={setTicket} onClose={close} />
 */
export function ReplySheet({ ticket, onDone, onClose }: { ticket: TicketStaffView; onDone: (t: TicketStaffView) => void; onClose: () => void }) {
  const [text, setText] = useState('');
  const [requestId] = useState(newRequestId);
  const [confirming, setConfirming] = useState<PhraseWarning[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const live = checkCourtesy(text);

  const send = async (confirmed: boolean) => {
    setBusy(true);
    setError(undefined);
    const res = await replyTicket(ticket.id, text.trim(), confirmed, requestId);
    setBusy(false);
    if (!res.ok) return setError(res.error);
    if (!res.data.sent) return setConfirming(res.data.warnings);
    setConfirming(null);
    onDone(res.data.ticket);
  };

  if (confirming) {
    return (
      <Sheet title='仍然发送？' onClose={onClose}>
        <Warnings items={confirming} title='这条回复含有服务忌语，还没有发送' />
        <Text className='muted'>您写的回复：</Text>
        <Text className='text'>{text}</Text>
        {error ? <Text className='bar__error' {...roleOf('alert')}>{error.message}</Text> : null}
        <View className='bar__row'>
          <Button className='btn' onClick={() => setConfirming(null)} {...a11y('返回修改', 'button')}>返回修改</Button>
          <Button className='btn btn--danger' {...(busy ? { disabled: true } : {})} onClick={() => void send(true)} {...a11y('仍然发送', 'button')}>仍然发送</Button>
        </View>
      </Sheet>
    );
  }
  return (
    <Sheet title={ticket.online ? '回复居民（居民在小程序里看到）' : '记录答复内容'} onClose={onClose}>
      <View className={`field ${error?.field === 'text' ? 'field--error' : ''}`} id='field-text'>
        <Textarea
          className='field__input field__textarea'
          value={text}
          maxlength={2000}
          placeholder='您好，……'
          onInput={(e: { detail: { value: string } }) => setText(e.detail.value)}
          {...a11y('答复内容')}
        />
        <Text className='field__hint'>请用文明用语：「您好」「请稍等」「我帮您联系」。</Text>
      </View>
      <Warnings items={live} title='注意：有服务忌语' />
      {error ? <Text className='bar__error' {...roleOf('alert')}>{error.message}</Text> : null}
      <Button className='btn btn--primary' {...(busy || !text.trim() ? { disabled: true } : {})} onClick={() => void send(false)} {...a11y('发送回复', 'button')}>
        {busy ? '正在发送…' : '发送'}
      </Button>
    </Sheet>
  );
}
