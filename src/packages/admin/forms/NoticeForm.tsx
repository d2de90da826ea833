import { View } from '@tarojs/components';
import type { Notice } from '../../../shared/content';
import { errorAt } from '../components/field-error';
import { Field } from '../../../components/form/Field';
import type { FormProps } from './types';

/**
 * 通知公告, e.g. a holiday closure: title, body, optional dates (YYYY-MM-DD).
 * @example <NoticeForm value={data} onChange={setData} error={error} />
 */
export function NoticeForm({ value, onChange, error }: FormProps<Notice>) {
  const set = (k: keyof Notice, v: string) => {
    const next: Notice = { ...value, [k]: v };
    if ((k === 'from' || k === 'to') && v === '') delete next[k];
    onChange(next);
  };
  return (
    <View>
      <Field label='标题' path='title' value={value.title} onChange={(v) => set('title', v)} error={errorAt(error, 'title')} />
      <Field label='内容' path='body' value={value.body} onChange={(v) => set('body', v)} error={errorAt(error, 'body')} multiline />
      <Field label='开始日期（可不填）' path='from' value={value.from ?? ''} placeholder='如 2026-10-01' onChange={(v) => set('from', v)} error={errorAt(error, 'from')} />
      <Field label='结束日期（可不填）' path='to' value={value.to ?? ''} placeholder='如 2026-10-08' onChange={(v) => set('to', v)} error={errorAt(error, 'to')} />
    </View>
  );
}
