import { Button, Text, View } from '@tarojs/components';
import { COMPLAINT_SCOPE_SHORT, type ComplaintScope } from '../../../../shared/tickets';
import { a11y, roleOf } from '../../../../ui/a11y';
import { Chips } from '../../components/tickets/Chips';
import { Box } from '../../components/tickets/FormBits';
import { LetterPhotos } from '../../components/tickets/LetterPhotos';
import { LETTER_TYPES, type LetterDraft } from './letters';

const TYPE_CHIPS = (Object.keys(LETTER_TYPES) as LetterDraft['type'][]).map((t) => ({ value: t, label: LETTER_TYPES[t] }));
const SCOPE_CHIPS = (Object.keys(COMPLAINT_SCOPE_SHORT) as ComplaintScope[]).map((s) => ({ value: s, label: COMPLAINT_SCOPE_SHORT[s] }));

/**
 * One letter from the 意见箱: what it is, who wrote it (if signed), what it says, and for a
 * complaint its scope and the person complained about; 「加入本次登记」 adds it to the batch.
 * @example <LetterForm n={1} value={draft} onChange={setDraft} problem={problem} onAdd={add} />
 */
export function LetterForm({ n, value, onChange, problem, onAdd }: {
  n: number;
  value: LetterDraft;
  onChange: (next: LetterDraft) => void;
  problem?: { missing: string; field: string };
  onAdd: () => void;
}) {
  const set = (patch: Partial<LetterDraft>) => onChange({ ...value, ...patch });
  const at = (field: string) => (problem?.field === field ? { code: 'VALIDATION' as const, message: problem.missing, field } : undefined);
  return (
    <View className='card'>
      <Text className='h2'>第 {n} 封信</Text>
      <Text className='field__label'>这封信是</Text>
      <Chips label='这封信是' options={TYPE_CHIPS} value={value.type} onChange={(type) => set({ type, ...(type === 'complaint' ? {} : { scope: '', respondentName: '' }) })} />
      <Box label='信的内容' path='content' value={value.content} onChange={(content) => set({ content })} error={at('content')} placeholder='照信抄录，或写明要点' />
      {value.type === 'complaint' ? (
        <View>
          <Text className='field__label'>投诉事项类别</Text>
          <Chips label='投诉事项类别' options={SCOPE_CHIPS} value={value.scope} onChange={(scope) => set({ scope })} />
          {problem?.field === 'scope' ? <Text className='field__error' {...roleOf('alert')}>{problem.missing}</Text> : null}
          <Box label='被投诉人（信中写明的，可不填）' path='respondentName' multiline={false} value={value.respondentName} onChange={(respondentName) => set({ respondentName })} />
        </View>
      ) : null}
      <Box label='写信人姓名（署名的才填）' path='name' multiline={false} value={value.name} onChange={(name) => set({ name })} />
      <Box label='写信人电话（留了才填）' path='phone' multiline={false} value={value.phone} onChange={(phone) => set({ phone })} error={at('phone')} />
      <LetterPhotos label='这封信的照片（可不拍）' value={value.photos} onChange={(photos) => set({ photos })} />
      <Button className='btn' onClick={onAdd} {...a11y('加入本次登记', 'button')}>＋ 加入本次登记</Button>
    </View>
  );
}
