import { useMemo, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { readCachedOverview } from '../../../../api/overview';
import type { ComplaintScope } from '../../../../shared/tickets';
import { a11y, heading, roleOf } from '../../../../ui/a11y';
import { safeCalendar } from '../../../../ui/calendar';
import { pageStyle } from '../../../../ui/font-scale';
import { ChoiceList } from '../../components/ChoiceList';
import { DoneCard } from '../../components/DoneCard';
import { Field } from '../../components/Field';
import { useContactForm } from '../../components/useContactForm';
import { answerPromiseText } from '../../components/due';
import { ASK_URL } from '../../components/links';
import { useSubmit } from '../../components/useSubmit';
import { PLAIN_SCOPES } from '../../components/words';
import { errorAt } from '../../../../components/form/errorAt';
import { PhoneField } from '../../../../components/form/PhoneField';
import { useFieldErrors } from '../../../../components/form/useFieldErrors';
import { complaintProblems } from '../../components/checks';
import '../../components/resident.css';

/** The labels the resident sees, by field: error messages name these, never the server's own. */
export const COMPLAINT_LABELS: Record<string, string> = {
  content: '发生了什么事？', 'complaint.scope': '是哪方面的问题？', 'complaint.respondentName': '投诉哪位工作人员？',
  name: '您的姓名', phone: '您的电话',
};

/**
 * 「我要投诉」 (rule 八): what happened, which of the 8 scopes in everyday words, whom (optional),
 * name and phone (remembered from last time) — one page, one button. Then the promise: answered
 * within 5 working days, and the date that means.
 */
export default function ComplaintPage() {
  const [content, setContent] = useState('');
  const [scope, setScope] = useState<ComplaintScope | ''>('');
  const [respondent, setRespondent] = useState('');
  const { name, setName, phone, setPhone } = useContactForm();
  const { submit, busy, error, done, note } = useSubmit();
  const errors = useFieldErrors(COMPLAINT_LABELS, error);
  const calendar = useMemo(() => safeCalendar(readCachedOverview()?.overview.calendar), []);

  if (done) {
    const due = answerPromiseText('complaint', done.createdAt, calendar);
    return (
      <View className='page' style={pageStyle()}>
        <DoneCard ticket={done} promise='5 个工作日内答复' dueLine={due?.line} dueFlag={due?.flag} subscribeNote={note} />
      </View>
    );
  }

  const send = () => errors.check(complaintProblems({ content, scope, name, phone }, COMPLAINT_LABELS)) && void submit({
    type: 'complaint',
    content: content.trim(),
    name: name.trim() || undefined,
    phone: phone.trim() || undefined,
    complaint: { scope: scope as ComplaintScope, ...(respondent.trim() ? { respondentName: respondent.trim() } : {}) },
  });
  const shown = errors.shown;
  const general = error && !error.field ? error.message : shown ? '请按红色提示修改后再提交' : '';

  return (
    <View className='page' style={pageStyle()}>
      <Text className='title' {...heading(1)}>我要投诉</Text>
      <Text className='muted'>收到后 5 个工作日内答复您（收到当天不算）。被投诉的人看不到是谁投诉的。</Text>
      <Text className='link' {...roleOf('link')} onClick={() => void Taro.navigateTo({ url: ASK_URL })}>不是投诉？咨询问题、提建议、表扬请点这里 ›</Text>

      <Field label='1. 发生了什么事？' path='content' multiline value={content} onChange={setContent}
        hint='说清楚什么时间、在哪个窗口、遇到了什么，就可以了' error={errorAt(shown, 'content')} />
      <ChoiceList id='field-complaint-scope' label='2. 是哪方面的问题？（选一个）' choices={PLAIN_SCOPES} value={scope} onChange={setScope}
        error={errorAt(shown, 'complaint.scope')} />
      <Field label='3. 投诉哪位工作人员？（可以不填）' path='complaint.respondentName' value={respondent} onChange={setRespondent}
        hint='不知道名字可以不填，或写「窗口的男同志」' error={errorAt(shown, 'complaint.respondentName')} />
      <Text className='h2' {...heading(2)}>4. 您的姓名和电话</Text>
      <Text className='muted'>方便工作人员打电话答复您，不会告诉被投诉人。</Text>
      <Field label='您的姓名' path='name' value={name} onChange={setName} error={errorAt(shown, 'name')} />
      <PhoneField label='您的电话' path='phone' hintFirst value={phone} onChange={setPhone} error={errorAt(shown, 'phone')} />

      {general ? <Text className='bar__error' {...roleOf('alert')}>{general}</Text> : null}
      <Button className='btn btn--primary' {...(busy ? { disabled: true } : {})} onClick={send} {...a11y('提交投诉', 'button')}>{busy ? '正在提交…' : '提交投诉'}</Button>
    </View>
  );
}
