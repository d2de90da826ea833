import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Picker, Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../api/types';
import {
  COMPLAINT_SCOPE_SHORT, GUIDANCE_TOPICS, TICKET_TYPES, type ComplaintScope, type GuidanceTopic, type TicketStaffView, type TicketType,
} from '../../../../shared/tickets';
import { a11y, heading, roleOf } from '../../../../ui/a11y';
import { phoneProblem } from '../../../../domain/phone';
import { pageStyle } from '../../../../ui/font-scale';
import { formatMonthDay } from '../../../../ui/dates';
import { toBeijingDate } from '../../../../domain/beijing';
import { StaffGate } from '../../components/StaffGate';
import { registerTicket, type RegisterInput } from '../../components/tickets/api';
import { useCheckedRun } from '../../components/tickets/useCheckedRun';
import { CourtesyConfirm } from '../../components/tickets/CourtesyConfirm';
import { Warnings } from '../../components/tickets/Warnings';
import { checkCourtesyIn } from '../../../../domain/tickets/phrases';
import { Chips, type ChipOption } from '../../components/tickets/Chips';
import { Box, YesNo } from '../../components/tickets/FormBits';
import { LetterPhotos, type LetterPhoto } from '../../components/tickets/LetterPhotos';
import { staffTicketUrl } from '../../components/tickets/links';
import { TYPE_SHORT } from '../../components/tickets/words';
import { newRequestId } from '../../components/tickets/request-id';
import '../../components/tickets/tickets.css';

type RegChannel = RegisterInput['channel'];
const CHANNEL_CHIPS: ChipOption<RegChannel>[] = [
  { value: 'walkIn', label: '现场来访' },
  { value: 'phone', label: '来电' },
  { value: 'letter', label: '信函' },
  { value: 'transferred', label: '部门转来' },
];
const TYPE_CHIPS: ChipOption<TicketType>[] = (Object.keys(TICKET_TYPES) as TicketType[]).map((t) => ({ value: t, label: TYPE_SHORT[t] }));
const SCOPE_CHIPS = (Object.keys(COMPLAINT_SCOPE_SHORT) as ComplaintScope[]).map((s) => ({ value: s, label: COMPLAINT_SCOPE_SHORT[s] }));
const TOPIC_CHIPS = (Object.keys(GUIDANCE_TOPICS) as GuidanceTopic[]).map((t) => ({ value: t, label: GUIDANCE_TOPICS[t] }));

/** The error under a chip row when the server names its field. */
function ChipError({ error, path }: { error?: ApiError; path: string }) {
  return error?.field === path ? <Text className='field__error' {...roleOf('alert')}>{error.message}</Text> : null;
}

/**
 * 回复期限 (rule 八(五)6): the day the sending department wants the result back; the reply is
 * then a clock on the ticket that warns the day before and goes to the director when it passes.
 */
function TransferDue({ value, onChange, error }: { value: string; onChange: (v: string) => void; error?: ApiError }) {
  const today = toBeijingDate(Date.now());
  const message = error?.field === 'transferredFrom.dueDate' ? error.message : undefined;
  return (
    <View className={`field ${message ? 'field--error' : ''}`} id='field-transferredFrom-dueDate'>
      <Text className='field__label'>回复期限（转来部门要求哪天前回复）</Text>
      <Picker mode='date' value={value || today} start={today} end='2035-12-31' onChange={(e) => onChange(String(e.detail.value))}>
        <View className='field__input' {...a11y(`回复期限：${value ? `${formatMonthDay(value)}前回复，点此改选` : '未选，点此选择日期'}`, 'button')}>
          {value ? `${formatMonthDay(value)}前回复` : '点此选择日期'}
        </View>
      </Picker>
      {message ? <Text className='field__error' {...roleOf('alert')}>{message}</Text> : null}
    </View>
  );
}

function RegisterForm() {
  const requestId = useRef(newRequestId());
  const [channel, setChannel] = useState<RegChannel>('walkIn');
  const [type, setType] = useState<TicketType>('consultation');
  const [topic, setTopic] = useState<GuidanceTopic | ''>('');
  const [scope, setScope] = useState<ComplaintScope | ''>('');
  const [respondent, setRespondent] = useState('');
  const [department, setDepartment] = useState('');
  const [transferDue, setTransferDue] = useState('');
  const [reference, setReference] = useState('');
  const [content, setContent] = useState('');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [onSpot, setOnSpot] = useState(false);
  const [answer, setAnswer] = useState('');
  const [photos, setPhotos] = useState<LetterPhoto[]>([]);
  /** A letter, or papers sent over by another department, may come with photos. */
  const paper = channel === 'letter' || channel === 'transferred';
  const [localError, setLocalError] = useState<ApiError>();
  /** The on-the-spot answer reaches the resident: 「仍然发送？」 like a close result (issue 9 §3). */
  const { run, busy, error: serverError, held, confirm, back } = useCheckedRun<{ ticket: TicketStaffView }>(({ ticket }) => {
    requestId.current = newRequestId();
    void Taro.showToast({ title: ticket.status === 'closed' ? '已登记并办结' : '已登记', icon: 'success' });
    void Taro.redirectTo({ url: staffTicketUrl(ticket.id) });
  });
  const error = localError ?? serverError;
  const answersOnSpot = onSpot && type !== 'complaint';
  const live = answersOnSpot ? checkCourtesyIn({ answeredOnSpot: answer }) : [];

  /** Rule 八(五)1: walk-in and phone complaints record the complainant's name and phone. */
  const mustContact = type === 'complaint' && (channel === 'walkIn' || channel === 'phone');
  const save = async () => {
    const phoneLabel = mustContact ? '投诉人电话' : '联系电话';
    const badPhone = phoneProblem(phoneLabel, phone, { required: mustContact }); // the one phone rule (issue 9 §6)
    if (badPhone) {
      setLocalError({ code: 'VALIDATION', message: badPhone, field: 'contact.phone' });
      void Taro.pageScrollTo({ selector: '#field-contact-phone', duration: 200 }).catch(() => undefined);
      return;
    }
    const input: RegisterInput = {
      requestId: requestId.current, channel, type, content: content.trim(),
      contact: { ...(name.trim() ? { name: name.trim() } : {}), ...(phone.trim() ? { phone: phone.trim() } : {}) },
      ...(type === 'guidance' && topic ? { topic } : {}),
      ...(type === 'complaint' ? { complaint: { scope: scope as ComplaintScope, ...(respondent.trim() ? { respondentName: respondent.trim() } : {}) } } : {}),
      ...(channel === 'transferred' ? {
        transferredFrom: { department: department.trim(), ...(transferDue ? { dueDate: transferDue } : {}), ...(reference.trim() ? { reference: reference.trim() } : {}) },
      } : {}),
      ...(onSpot ? { answeredOnSpot: answer.trim() } : {}),
      ...(paper && photos.length ? { letterPhotoIds: photos.map((p) => p.fileId) } : {}),
    };
    setLocalError(undefined);
    await run((confirmed) => registerTicket(input, confirmed));
  };

  if (held) {
    return (
      <View className='page page--with-bar' style={pageStyle()}>
        <Text className='title' {...heading(1)}>仍然发送？</Text>
        <CourtesyConfirm warnings={held} busy={busy} error={serverError?.field ? undefined : serverError} onBack={back} onConfirm={confirm}
          texts={[['当场解答的内容', answer]]} />
      </View>
    );
  }

  return (
    <View className='page page--with-bar' style={pageStyle()}>
      <Text className='title' {...heading(1)}>登记来访来电</Text>
      <Text className='muted'>您登记的事项，您就是首问责任人。</Text>
      <Text className='field__label'>怎么来的</Text>
      <Chips label='来源' options={CHANNEL_CHIPS} value={channel} onChange={setChannel} />
      <ChipError error={error} path='channel' />
      <Text className='field__label'>什么事</Text>
      <Chips label='类型' options={TYPE_CHIPS} value={type} onChange={setType} />
      <ChipError error={error} path='type' />
      {type === 'guidance' ? (
        <View>
          <Text className='field__label'>引导到哪项服务</Text>
          <Chips label='引导事项' options={TOPIC_CHIPS} value={topic} onChange={setTopic} />
          <ChipError error={error} path='topic' />
        </View>
      ) : null}
      {type === 'complaint' ? (
        <View id='field-complaint-scope'>
          <Text className='field__label'>投诉哪方面</Text>
          <Chips label='投诉事项类别' options={SCOPE_CHIPS} value={scope} onChange={setScope} />
          <ChipError error={error} path='complaint.scope' />
          <Box label='被投诉人（可不填）' path='complaint.respondentName' multiline={false} value={respondent} onChange={setRespondent} error={error} />
        </View>
      ) : null}
      {channel === 'transferred' ? (
        <View>
          <Box label='从哪个部门转来' path='transferredFrom.department' multiline={false} value={department} onChange={setDepartment} error={error} placeholder='例如：县司法局' />
          <TransferDue value={transferDue} onChange={setTransferDue} error={error} />
          <Box label='来文编号（可不填）' path='transferredFrom.reference' multiline={false} value={reference} onChange={setReference} error={error} placeholder='例如：新司转〔2026〕12号' />
        </View>
      ) : null}
      <Box label='内容' path='content' value={content} onChange={setContent} error={error} placeholder='当事人反映的问题' />
      {paper ? <LetterPhotos value={photos} onChange={setPhotos} /> : null}
      {error?.field?.startsWith('letterPhotoIds') ? <Text className='field__error' {...roleOf('alert')}>{error.message}</Text> : null}
      <Box label={mustContact ? '投诉人姓名（必填）' : '当事人姓名（可不填）'} path='contact.name' multiline={false} value={name} onChange={setName} error={error} />
      <Box label={mustContact ? '投诉人电话（必填）' : '联系电话（可不填）'} path='contact.phone' multiline={false} value={phone} onChange={setPhone} error={error} />
      {type !== 'complaint' ? (
        <YesNo label='已经当场解答了吗？' value={onSpot} onChange={setOnSpot} no='还要办理' yes='已当场解答' />
      ) : null}
      {answersOnSpot ? <Box label='当场解答的内容' path='answeredOnSpot' value={answer} onChange={setAnswer} error={error} /> : null}
      {answersOnSpot ? <Warnings items={live} title='注意：有服务忌语' /> : null}
      <View className='bar'>
        {error ? <Text className='bar__error' {...roleOf('alert')}>{error.field ? '请按红色提示修改' : error.message}</Text> : null}
        <Button className='btn btn--primary' {...(busy ? { disabled: true } : {})} onClick={() => void save()} {...a11y(onSpot ? '登记并办结' : '登记', 'button')}>
          {busy ? '正在登记…' : onSpot && type !== 'complaint' ? '登记并办结' : '登记'}
        </Button>
      </View>
    </View>
  );
}

/** 登记来访来电: a walk-in, a phone call, a letter or a transferred matter in a few taps (rule 十一(二)). */
export default function RegisterPage() {
  return <StaffGate>{() => <RegisterForm />}</StaffGate>;
}
