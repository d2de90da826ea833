import { Text, View } from '@tarojs/components';
import { a11y, roleOf } from '../../../../ui/a11y';

/**
 * One-of-many choice as large rows (◉ / ○ and 「已选」: never colour alone), for the sheets.
 * @example <Pick label='结案结果' options={[['won', '胜诉']]} value={result} onChange={setResult} />
 */
export function Pick<T extends string>({ label, options, value, onChange }: { label: string; options: [T, string][]; value: T | ''; onChange: (v: T) => void }) {
  return (
    <View className='field' {...roleOf('radiogroup', { 'aria-label': label })}>
      <Text className='field__label'>{label}</Text>
      {options.map(([v, text]) => (
        <View key={v} className={`check la-choice ${value === v ? 'la-choice--on' : ''}`} aria-checked={value === v ? 'true' : 'false'} onClick={() => onChange(v)} {...a11y(text, 'radio')}>
          <Text className='check__box' aria-hidden='true'>{value === v ? '◉' : '○'}</Text>
          <Text className='check__text'>{text}{value === v ? '（已选）' : ''}</Text>
        </View>
      ))}
    </View>
  );
}
