import { useEffect, useState } from 'react';
import { Button, View } from '@tarojs/components';
import { fieldErrors, scrollToFirst, serverFieldError, type FieldErrors, type FormError } from '../../../components/form/field-errors';
import { phoneProblem } from '../../../domain/phone';
import { forWhomProblems } from '../home-visit-checks';
import type { Booker, ForWhom } from '../../../shared/appointments';
import { readContact } from '../contact';
import { newRequestId } from '../request-id';
import { BackButton } from './BackButton';
import { BookerFields, bookerOf, type BookerDraft } from './BookerFields';
import { Facts } from './Facts';
import { errorAt } from '../../../components/form/errorAt';
import { Field } from './Field';
import { ForWhomFields, NO_ONE_ELSE, forWhomOf, type ForWhomDraft } from './ForWhomFields';
import { Notice } from './Notice';
import { StepHeader } from './StepHeader';

/** The labels on this screen, by field (the server's errors are told with these). */
const CONFIRM_LABELS: Record<string, string> = {
  'forWhom.name': '家人姓名', 'forWhom.relation': '家人是您的', 'forWhom.phone': '家人的电话', 'booker.name': '您的姓名', 'booker.phone': '您的电话', note: '想说的事',
};

/** The booker's phone is optional, but one given must be one the station can call. */
function bookerProblems(b: BookerDraft) {
  const message = phoneProblem('您的电话', b.phone);
  return message ? [{ field: 'booker.phone', message }] : [];
}

/** What the confirm screen sends: the request id is the same for every retry of this screen. */
export interface ConfirmExtras {
  requestId: string;
  forWhom?: ForWhom;
  booker?: Booker;
  note?: string;
}

/**
 * Last step: everything chosen in large type, who it is for (「替家人预约」), the booker's name
 * (prefilled) and optional phone, an optional note, and one big 「确认预约」. The request id is made once when this screen opens.
 * @example <ConfirmStep step={4} of={4} rows={rows} onConfirm={(x) => submit(x)} busy={false} onBack={back} />
 */
export function ConfirmStep({ step, of, rows, selfName, rescheduling, busy, error, onConfirm, onBack }: {
  step: number;
  of: number;
  rows: [string, string][];
  selfName?: string;
  rescheduling?: boolean;
  busy: boolean;
  error?: FormError;
  onConfirm: (extras: ConfirmExtras) => void;
  onBack: () => void;
}) {
  const [requestId] = useState(() => newRequestId());
  const [who, setWho] = useState<ForWhomDraft>(NO_ONE_ELSE);
  const [note, setNote] = useState('');
  const [booker, setBooker] = useState<BookerDraft>(() => ({ name: selfName ?? '', phone: readContact().phone }));
  useEffect(() => {
    if (selfName) setBooker((b) => (b.name ? b : { ...b, name: selfName }));
  }, [selfName]);
  const [problems, setProblems] = useState<FieldErrors>();
  const submit = () => {
    const found = rescheduling ? [] : [...forWhomProblems(who), ...bookerProblems(booker)];
    const errors = fieldErrors(found);
    setProblems(errors);
    scrollToFirst(errors);
    if (!errors) send();
  };
  useEffect(() => { scrollToFirst(serverFieldError(error as { message: string; field?: string } | undefined, CONFIRM_LABELS)); }, [error]);
  const shown: FormError | undefined = problems ?? (error && !('fields' in error) && error.field ? serverFieldError(error, CONFIRM_LABELS) : error);
  const send = () => onConfirm(rescheduling ? { requestId } : { requestId, forWhom: forWhomOf(who), booker: bookerOf(booker), note: note.trim() || undefined });
  return (
    <View>
      <StepHeader step={step} of={of} title={rescheduling ? '请核对新的时间' : '请核对预约'} />
      <Facts rows={rows} />
      {rescheduling ? null : (
        <View>
          <ForWhomFields value={who} onChange={setWho} error={shown} />
          <BookerFields value={booker} onChange={setBooker} error={shown} />
          <Field label='想说的事（可以不填）' path='note' multiline value={note} onChange={setNote} error={errorAt(shown, 'note')} placeholder='如：邻居占用宅基地，想咨询怎么办' />
        </View>
      )}
      <Notice text={shown && !('fields' in shown) && !shown.field ? shown.message : shown ? '请按红字提示修改后再提交' : undefined} />
      <Button className='btn btn--primary' disabled={busy || undefined} onClick={submit}>
        {busy ? '正在提交…' : rescheduling ? '确认改到这个时间' : '确认预约'}
      </Button>
      <BackButton onBack={onBack} label='换个时间' />
    </View>
  );
}
