import { View } from '@tarojs/components';
import type { Guide } from '../../../shared/content';
import { errorAt } from '../components/field-error';
import { Field } from '../../../components/form/Field';
import { LinesField } from '../components/fields';
import type { FormProps } from './types';

/**
 * 办事指南 (一次性告知): steps, time limit, materials, where to go, legal basis.
 * @example <GuideForm value={data} onChange={setData} error={error} />
 */
export function GuideForm({ value, onChange, error }: FormProps<Guide>) {
  const set = <K extends keyof Guide>(k: K, v: Guide[K]) => onChange({ ...value, [k]: v });
  return (
    <View>
      <Field label='标题' path='title' value={value.title} onChange={(v) => set('title', v)} error={errorAt(error, 'title')} />
      <Field label='简介' path='summary' value={value.summary} onChange={(v) => set('summary', v)} error={errorAt(error, 'summary')} multiline />
      <LinesField label='办理步骤' path='steps' value={value.steps} onChange={(v) => set('steps', v)} error={errorAt(error, 'steps', true)} />
      <Field label='办理时限' path='timeLimit' value={value.timeLimit} onChange={(v) => set('timeLimit', v)} error={errorAt(error, 'timeLimit')} multiline />
      <LinesField label='材料清单' path='materials' value={value.materials} onChange={(v) => set('materials', v)} error={errorAt(error, 'materials', true)} />
      <Field label='去哪里办' path='whereToGo' value={value.whereToGo} onChange={(v) => set('whereToGo', v)} error={errorAt(error, 'whereToGo')} multiline />
      <Field label='依据' path='basis' value={value.basis} onChange={(v) => set('basis', v)} error={errorAt(error, 'basis')} multiline />
    </View>
  );
}
