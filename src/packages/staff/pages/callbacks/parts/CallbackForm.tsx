import { Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../../api/types';
import { heading } from '../../../../../ui/a11y';
import { errorAt } from '../../../../../components/form/errorAt';
import { Box } from '../../../components/tickets/FormBits';
import { ChoiceField } from './ChoiceField';
import type { CallbackDraft } from './useCallbackForm';
import { METHOD_CHIPS } from './words';

const REACHED = [{ value: 'yes' as const, label: '联系上了' }, { value: 'no' as const, label: '没联系上' }];
const SATISFIED = [{ value: 'yes' as const, label: '满意了' }, { value: 'no' as const, label: '仍不满意' }];

/**
 * The callback record (rule 十二(六)(七)): method, reached or not; when reached the progress and
 * result, the view of the staff, opinions and suggestions, and 「现在满意吗」. Not reached asks only
 * for a note (无人接听、关机…). Save is in the page's bottom bar.
 * @example <CallbackForm draft={f.draft} set={f.set} error={f.error} />
 */
export function CallbackForm({ draft, set, error }: { draft: CallbackDraft; set: (p: Partial<CallbackDraft>) => void; error?: ApiError }) {
  const reached = draft.reached === 'yes';
  return (
    <View className='card'>
      <Text className='h2' {...heading(2)}>记录回访</Text>
      <ChoiceField label='回访方式' path='method' options={METHOD_CHIPS} value={draft.method} onChange={(method) => set({ method })} error={errorAt(error, 'method')} />
      <ChoiceField label='联系上居民了吗？' path='reached' options={REACHED} value={draft.reached} onChange={(r) => set({ reached: r })} error={errorAt(error, 'reached')} />
      {reached ? (
        <View>
          <Box label='办理进度及结果（居民怎么说）' path='progress' value={draft.progress} onChange={(progress) => set({ progress })} error={error} />
          <Box label='对工作人员的评价' path='staffView' value={draft.staffView} onChange={(staffView) => set({ staffView })} error={error} />
          <Box label='意见和建议（可不填）' path='opinions' value={draft.opinions} onChange={(opinions) => set({ opinions })} error={error} />
          <ChoiceField label='居民现在满意吗？' path='satisfiedNow' options={SATISFIED} value={draft.satisfied} onChange={(s) => set({ satisfied: s })} error={errorAt(error, 'satisfiedNow')} />
        </View>
      ) : null}
      {draft.reached ? (
        <Box label={reached ? '备注（可不填）' : '情况说明（如：无人接听、关机、空号）'} path='note' value={draft.note} onChange={(note) => set({ note })} error={error} multiline={false} />
      ) : null}
    </View>
  );
}
