import { Text, View } from '@tarojs/components';
import { a11y, roleOf } from '../../../../ui/a11y';

/** One choice of a chip row. */
export interface ChipOption<T extends string> {
  value: T;
  label: string;
}

/**
 * A row of big chips that picks one value (filters, channel, type). The chosen chip shows ✓ and
 * a filled background, so the choice does not rest on colour alone.
 * @example <Chips label='类型' options={[{ value: 'all', label: '全部' }]} value={type} onChange={setType} />
 */
export function Chips<T extends string>({ label, options, value, onChange, scroll }: {
  label: string;
  /** One row that scrolls sideways (long filter lists), instead of wrapping. */
  scroll?: boolean;
  options: ChipOption<T>[];
  /** '' = nothing chosen yet. */
  value: T | '';
  onChange: (value: T) => void;
}) {
  return (
    <View className={`chips ${scroll ? 'chips--scroll' : ''}`} {...roleOf('radiogroup', { 'aria-label': label })}>
      {options.map((o) => {
        const on = o.value === value;
        return (
          <View
            key={o.value}
            className={`chip ${on ? 'chip--on' : ''}`}
            aria-checked={on ? 'true' : 'false'}
            onClick={() => onChange(o.value)}
            {...a11y(`${label}：${o.label}`, 'radio')}
          >
            <Text>{on ? '✓ ' : ''}{o.label}</Text>
          </View>
        );
      })}
    </View>
  );
}
