import { Text, View } from '@tarojs/components';
import type { Commitments } from '../../../shared/content';
import { errorAt } from '../components/field-error';
import { Field } from '../../../components/form/Field';
import { AddRow, RemoveRow } from '../components/fields';
import { removeAt, replaceAt, type FormProps } from './types';

/**
 * 服务承诺: a list of titled promises.
 * @example <CommitmentsForm value={data} onChange={setData} error={error} />
 */
export function CommitmentsForm({ value, onChange, error }: FormProps<Commitments>) {
  const items = value.items;
  const setItems = (next: Commitments['items']) => onChange({ ...value, items: next });
  return (
    <View>
      {errorAt(error, 'items') ? <Text className='field__error'>{errorAt(error, 'items')}</Text> : null}
      {items.map((c, i) => (
        <View key={i} className='card'>
          <Field label={`第${i + 1}条 标题`} path={`items.${i}.title`} value={c.title}
            onChange={(v) => setItems(replaceAt(items, i, { ...c, title: v }))} error={errorAt(error, `items.${i}.title`)} />
          <Field label='内容' path={`items.${i}.body`} value={c.body} multiline
            onChange={(v) => setItems(replaceAt(items, i, { ...c, body: v }))} error={errorAt(error, `items.${i}.body`)} />
          <RemoveRow label='删除这一条' onRemove={() => setItems(removeAt(items, i))} />
        </View>
      ))}
      <AddRow label='添加一条承诺' onAdd={() => setItems([...items, { title: '', body: '' }])} />
    </View>
  );
}
