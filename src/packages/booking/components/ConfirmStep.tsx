import { useEffect, useState } from 'react';
import { Button, View } from '@tarojs/components';
import type { ApiError } from '../../../api/types';
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
  error?: ApiError;
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
  const submit = () => onConfirm(rescheduling ? { requestId } : { requestId, forWhom: forWhomOf(who), booker: bookerOf(booker), note: note.trim() || undefined });
  return (
    <View>
      <StepHeader step={step} of={of} title={rescheduling ? '请核对新的时间' : '请核对预约'} />
      <Facts rows={rows} />
      {rescheduling ? null : (
        <View>
          <ForWhomFields value={who} onChange={setWho} error={error} />
          <BookerFields value={booker} onChange={setBooker} error={error} />
          <Field label='想说的事（可以不填）' path='note' multiline value={note} onChange={setNote} error={errorAt(error, 'note')} placeholder='如：邻居占用宅基地，想咨询怎么办' />
        </View>
      )}
      <Notice text={error && !error.field ? error.message : error ? '请按红字提示修改后再提交' : undefined} />
      <Button className='btn btn--primary' disabled={busy || undefined} onClick={submit}>
        {busy ? '正在提交…' : rescheduling ? '确认改到这个时间' : '确认预约'}
      </Button>
      <BackButton onBack={onBack} label='换个时间' />
    </View>
  );
}
