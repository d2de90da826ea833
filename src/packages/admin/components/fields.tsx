import { Button } from '@tarojs/components';
import { Field, type FieldProps } from '../../../components/form/Field';
import { a11y } from '../../../ui/a11y';

/**
 * A list of short texts edited one per line (steps, materials).
 * @example <LinesField label='材料清单' path='materials' value={list} onChange={setList} />
 */
export function LinesField(props: Omit<FieldProps, 'value' | 'onChange' | 'multiline' | 'hintFirst' | 'type' | 'maxLength' | 'autoHeight'> & { value: string[]; onChange: (v: string[]) => void }) {
  return (
    <Field
      {...props}
      multiline
      value={props.value.join('\n')}
      onChange={(text) => props.onChange(text.split('\n').map((s) => s.trim()).filter((s, i, all) => s !== '' || i === all.length - 1))}
      hint={props.hint ?? '每行一项'}
    />
  );
}

/**
 * Add/remove buttons for a list of records (phones, complaint channels, commitments).
 * @example <RowTools onRemove={() => remove(i)} label='删除这个电话' />
 */
export function RemoveRow({ label, onRemove }: { label: string; onRemove: () => void }) {
  return <Button className='btn btn--danger btn--small' onClick={onRemove} {...a11y(label)}>{label}</Button>;
}

/** A button that appends an empty row. */
export function AddRow({ label, onAdd }: { label: string; onAdd: () => void }) {
  return <Button className='btn btn--small' onClick={onAdd} {...a11y(label)}>＋ {label}</Button>;
}
