import { Button, Picker, Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../api/types';
import { errorAt } from '../../../../components/form/errorAt';
import type { RectificationItem } from '../../../../shared/reports';
import { a11y, roleOf } from '../../../../ui/a11y';
import { Box, YesNo } from '../tickets/FormBits';

/**
 * One 整改 item (rule 十一(四)): what, who, by when (a date wheel, no typing), done or not; the
 * server's error shows under the box it names ('items.2.owner').
 * @example <ItemEditor n={0} value={item} onChange={(v) => set(0, v)} onRemove={() => drop(0)} today='2026-11-26' />
 */
export function ItemEditor({ n, value, onChange, onRemove, error, today, readOnly }: {
  n: number;
  value: RectificationItem;
  onChange: (v: RectificationItem) => void;
  onRemove: () => void;
  error?: ApiError;
  today: string;
  readOnly?: boolean;
}) {
  const path = `items.${n}`;
  const overdue = !value.done && value.dueDate !== '' && value.dueDate < today;
  const label = `第 ${n + 1} 项整改`;
  if (readOnly) {
    return (
      <View className='rp-item' {...roleOf('listitem')}>
        <Text className='text strong'>{`${n + 1}. ${value.item}`}</Text>
        <Text className='muted'>{`责任人：${value.owner}；完成时限：${value.dueDate}；${value.done ? '✓ 已完成' : overdue ? '⚠ 已超期未完成' : '未完成'}`}</Text>
      </View>
    );
  }
  const dueError = errorAt(error, `${path}.dueDate`);
  return (
    <View className='rp-item' {...a11y(label, 'group')}>
      <Text className='h2'>{`${label}${value.done ? '（✓ 已完成）' : overdue ? '（⚠ 已超期）' : ''}`}</Text>
      <Box label='整改事项' path={`${path}.item`} value={value.item} onChange={(item) => onChange({ ...value, item })} error={error} />
      <Box label='责任人' path={`${path}.owner`} value={value.owner} onChange={(owner) => onChange({ ...value, owner })} error={error} multiline={false} />
      <View className='field' id={`field-items-${n}-dueDate`}>
        <Text className='field__label'>完成时限</Text>
        <Picker mode='date' value={value.dueDate || today} start='2020-01-01' end='2035-12-31' onChange={(e) => onChange({ ...value, dueDate: String(e.detail.value) })}>
          <View className='field__input' {...a11y(`${label}完成时限：${value.dueDate || '请选择日期'}`, 'button')}><Text>{value.dueDate || '请选择日期'}</Text></View>
        </Picker>
        {dueError ? <Text className='field__error' {...roleOf('alert')}>{dueError}</Text> : null}
      </View>
      <YesNo label='是否完成' value={value.done} onChange={(done) => onChange({ ...value, done })} yes='已完成' no='未完成' />
      <Button className='btn btn--danger' onClick={onRemove} {...a11y(`删除${label}`, 'button')}>删除这一项</Button>
    </View>
  );
}

/**
 * 「整改事项 3 项：已完成 1 项，未完成 2 项（其中已超期 1 项）」.
 * @example itemsWords([{ item: 'a', owner: 'b', dueDate: '2026-11-01', done: false }], '2026-11-26') // '整改事项 1 项：已完成 0 项，未完成 1 项（其中已超期 1 项）。'
 */
export function itemsWords(items: RectificationItem[], today: string): string {
  if (!items.length) return '还没有整改事项。';
  const done = items.filter((i) => i.done).length;
  const overdue = items.filter((i) => !i.done && i.dueDate < today).length;
  return `整改事项 ${items.length} 项：已完成 ${done} 项，未完成 ${items.length - done} 项${overdue ? `（其中已超期 ${overdue} 项）` : ''}。`;
}
