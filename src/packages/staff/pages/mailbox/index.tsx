import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { callFunction } from '../../../../api/call';
import type { ApiError } from '../../../../api/types';
import type { InboxRow, MailboxLetter } from '../../../../shared/tickets';
import { a11y, heading, roleOf } from '../../../../ui/a11y';
import { pageStyle } from '../../../../ui/font-scale';
import { StaffGate } from '../../components/StaffGate';
import { staffTicketUrl } from '../../components/tickets/links';
import { newRequestId } from '../../components/tickets/request-id';
import { LetterForm } from './LetterForm';
import { EMPTY_LETTER, letterLine, letterOf, type LetterDraft } from './letters';
import '../../components/tickets/tickets.css';

/** The `tickets.registerMailbox` call: every letter of one opening, one ticket each. */
const registerMailbox = (requestId: string, letters: MailboxLetter[]) =>
  callFunction<{ tickets: InboxRow[] }>('tickets', { action: 'registerMailbox', requestId, letters });

function Mailbox() {
  const requestId = useRef(newRequestId());
  const [letters, setLetters] = useState<MailboxLetter[]>([]);
  const [draft, setDraft] = useState<LetterDraft>(EMPTY_LETTER);
  const [problem, setProblem] = useState<{ missing: string; field: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [done, setDone] = useState<InboxRow[] | null>(null);

  const add = () => {
    const res = letterOf(draft);
    if ('missing' in res) return setProblem(res);
    setProblem(undefined);
    setLetters([...letters, res.letter]);
    setDraft({ ...EMPTY_LETTER, type: draft.type });
  };
  const save = async () => {
    setBusy(true);
    setError(undefined);
    const res = await registerMailbox(requestId.current, letters);
    setBusy(false);
    if (!res.ok) return setError(res.error);
    setDone(res.data.tickets);
    requestId.current = newRequestId();
  };

  if (done) {
    return (
      <View className='page' style={pageStyle()}>
        <Text className='title' {...heading(1)}>已登记 {done.length} 封信</Text>
        <Text className='text' {...roleOf('status')}>每封信一件事项，您是首问责任人；投诉的 5 个工作日答复期限从现在算起。</Text>
        {done.map((t, i) => (
          <View key={t.id} className='entry' onClick={() => void Taro.navigateTo({ url: staffTicketUrl(t.id) })} {...a11y(`第 ${i + 1} 封：${t.preview}`, 'link')}>
            <Text className='text'>第 {i + 1} 封：{t.preview}</Text>
            <Text className='entry__arrow' aria-hidden='true'>›</Text>
          </View>
        ))}
        <Button className='btn' onClick={() => { setDone(null); setLetters([]); }} {...a11y('再登记一批', 'button')}>再登记一批</Button>
      </View>
    );
  }

  return (
    <View className='page page--with-bar' style={pageStyle()}>
      <Text className='title' {...heading(1)}>投诉意见箱登记</Text>
      <Text className='muted'>每天 17:00 开箱（规定第八条）：逐封录入，最后一起登记，每封信一件事项。</Text>
      {letters.length ? (
        <View className='card' role='list'>
          <Text className='h2'>本次已加入 {letters.length} 封</Text>
          {letters.map((l, i) => (
            <View key={i} className='list-item row' role='listitem'>
              <Text className='text grow'>{letterLine(l, i)}</Text>
              <Button className='btn btn--small' onClick={() => setLetters(letters.filter((_, j) => j !== i))} {...a11y(`删去第 ${i + 1} 封`, 'button')}>删去</Button>
            </View>
          ))}
        </View>
      ) : null}
      <LetterForm n={letters.length + 1} value={draft} onChange={setDraft} problem={problem} onAdd={add} />
      <View className='bar'>
        {error ? <Text className='bar__error' {...roleOf('alert')}>{error.message}</Text> : null}
        <Button className='btn btn--primary' {...(busy || letters.length === 0 ? { disabled: true } : {})} onClick={() => void save()}
          {...a11y(letters.length ? `登记这 ${letters.length} 封信` : '先加入信件再登记', 'button')}>
          {busy ? '正在登记…' : letters.length ? `登记这 ${letters.length} 封信` : '先加入信件再登记'}
        </Button>
      </View>
    </View>
  );
}

/** 投诉意见箱登记 (rule 八(二)): the 17:00 collection, letter by letter, registered in one call. Staff only. */
export default function MailboxPage() {
  return <StaffGate>{() => <Mailbox />}</StaffGate>;
}
