import { Text, View } from '@tarojs/components';
import { a11y, roleOf } from '../../../ui/a11y';

/**
 * A row of big buttons picking one value; the chosen one shows ✓ (not colour alone).
 * @example <Choice label='学习类别' options={[['group', '集中学习']]} value={kind} onChange={setKind} />
 */
export function Choice<T extends string>({ label, options, value, onChange }: {
  label: string; options: [T, string][]; value: T; onChange: (v: T) => void;
}) {
  return (
    <View className='field'>
      <Text className='field__label'>{label}</Text>
      <View className='pp-roles' {...roleOf('radiogroup', { 'aria-label': label })}>
        {options.map(([v, text]) => (
          <View key={v} className={`btn ${v === value ? 'btn--on' : ''}`} aria-checked={v === value ? 'true' : 'false'} onClick={() => onChange(v)} {...a11y(`${label}：${text}`, 'radio')}>
            <Text>{v === value ? '✓ ' : ''}{text}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
