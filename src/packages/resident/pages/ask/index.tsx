import { useMemo, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { readCachedOverview } from '../../../../api/overview';
import { a11y, heading, roleOf } from '../../../../ui/a11y';
import { safeCalendar } from '../../../../ui/calendar';
import { pageStyle } from '../../../../ui/font-scale';
import { ChoiceList, type Choice } from '../../components/ChoiceList';
import { DoneCard } from '../../components/DoneCard';
import { Field } from '../../components/Field';
import { useContactForm } from '../../components/useContactForm';
import { answerPromiseText } from '../../components/due';
import { COMPLAINT_URL } from '../../components/links';
import { useSubmit } from '../../components/useSubmit';
import { errorAt } from '../../../../components/form/errorAt';
import { PhoneField } from '../../../../components/form/PhoneField';
import { useFieldErrors } from '../../../../components/form/useFieldErrors';
import { askProblems } from '../../components/checks';
import '../../components/resident.css';

type AskType = 'consultation' | 'suggestion' | 'praise';

const ASK_TYPES: Choice<AskType>[] = [
  { value: 'consultation', label: '问一个法律问题', hint: '比如土地、婚姻、工钱、赡养的事' },
  { value: 'suggestion', label: '给工作站提意见、建议', hint: '哪里做得不方便，怎样改更好' },
  { value: 'praise', label: '表扬工作人员', hint: '谁帮了您，写下名字和事情' },
];

const CONTENT_LABEL: Record<AskType, string> = {
  consultation: '2. 您想问什么？',
  suggestion: '2. 您的意见或建议',
  praise: '2. 表扬谁？为什么？',
};

/**
 * 咨询、建议、表扬: one form with a type choice, then the same done page as a complaint
 * (questions and suggestions are answered within 5 working days; praise needs no answer).
 */
export default function AskPage() {
  const initial = useRouter().params.type;
  const [type, setType] = useState<AskType | ''>(ASK_TYPES.some((t) => t.value === initial) ? (initial as AskType) : '');
  const [content, setContent] = useState('');
  const { name, setName, phone, setPhone } = useContactForm();
  const { submit, busy, error, done, note } = useSubmit();
  const labels = { type: '您想做什么？', content: CONTENT_LABEL[type || 'consultation'].replace(/^\d+\.\s*/, ''), name: '您的姓名', phone: '您的电话' };
  const errors = useFieldErrors(labels, error);
  const calendar = useMemo(() => safeCalendar(readCachedOverview()?.overview.calendar), []);

  if (done) {
    const praise = done.type === 'praise';
    const due = answerPromiseText(done.type, done.createdAt, calendar);
    return (
      <View className='page' style={pageStyle()}>
        <DoneCard
          ticket={done}
          promise={praise ? '谢谢您的表扬，我们会转告本人。' : '5 个工作日内答复'}
          dueLine={praise ? undefined : due?.line}
          dueFlag={praise ? undefined : due?.flag}
          subscribeNote={note}
        />
      </View>
    );
  }

  const send = () => {
    if (!type || !errors.check(askProblems({ content, name, phone }, labels))) return;
    void submit({ type, content: content.trim(), name: name.trim() || undefined, phone: phone.trim() || undefined });
  };
  const shown = errors.shown;
  const general = error && !error.field ? error.message : shown ? '请按红色提示修改后再提交' : '';

  return (
    <View className='page' style={pageStyle()}>
      <Text className='title' {...heading(1)}>咨询、建议、表扬</Text>
      <Text className='muted'>法律服务全部免费。写下来交给工作站，答复会显示在「我的事项」里。</Text>
      <Text className='link' {...roleOf('link')} onClick={() => void Taro.navigateTo({ url: COMPLAINT_URL })}>要投诉工作人员？请点这里 ›</Text>
      <ChoiceList id='field-type' label='1. 您想做什么？（选一个）' choices={ASK_TYPES} value={type} onChange={setType} error={errorAt(shown, 'type')} />
      {type ? (
        <View>
          <Field label={CONTENT_LABEL[type]} path='content' multiline value={content} onChange={setContent} error={errorAt(shown, 'content')} />
          <Text className='h2' {...heading(2)}>3. 您的姓名和电话</Text>
          <Text className='muted'>{type === 'praise' ? '可以不填。' : '方便工作人员打电话答复您。'}</Text>
          <Field label='您的姓名' path='name' value={name} onChange={setName} error={errorAt(shown, 'name')} />
          <PhoneField label='您的电话' path='phone' hintFirst value={phone} onChange={setPhone} error={errorAt(shown, 'phone')} />
          {general ? <Text className='bar__error' {...roleOf('alert')}>{general}</Text> : null}
          <Button className='btn btn--primary' {...(busy ? { disabled: true } : {})} onClick={send} {...a11y('提交', 'button')}>{busy ? '正在提交…' : '提交'}</Button>
        </View>
      ) : <Text className='muted'>先选上面一项，再填写内容。</Text>}
    </View>
  );
}
