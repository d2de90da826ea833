import { Button, Text, View } from '@tarojs/components';
import { a11y } from '../../../../../ui/a11y';

/**
 * A row of large one-tap options (days, times); the chosen one shows ✓ and is announced as pressed.
 * @example <Chips label='时间' options={[{ value: '09:00', label: '9:00' }]} value={time} onChange={setTime} />
 */
export function Chips({ label, options, value, onChange }: {
  label: string;
  options: { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <View className='field'>
      <Text className='field__label'>{label}</Text>
      <View className='sa-chips' role='group' aria-label={label}>
        {options.map((o) => {
          const on = o.value === value;
          return (
            <Button key={o.value} className={`btn btn--small ${on ? 'btn--on' : ''}`} aria-pressed={on ? 'true' : 'false'}
              onClick={() => onChange(o.value)} {...a11y(`${label} ${o.label}${on ? '，已选' : ''}`)}>
              {on ? '✓ ' : ''}{o.label}
            </Button>
          );
        })}
      </View>
    </View>
  );
}
