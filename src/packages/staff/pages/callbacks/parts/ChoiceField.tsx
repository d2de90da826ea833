import { Text, View } from '@tarojs/components';
import { roleOf } from '../../../../../ui/a11y';
import { Chips, type ChipOption } from '../../../components/tickets/Chips';

/**
 * A labelled row of big chips (one choice) with its error under it; `path` gives the view the id
 * `field-<path>` like the text boxes.
 * @example <ChoiceField label='回访方式' path='method' options={METHOD_CHIPS} value={m} onChange={setM} error={e} />
 */
export function ChoiceField<T extends string>({ label, path, options, value, onChange, error }: {
  label: string; path: string; options: ChipOption<T>[]; value: T | ''; onChange: (v: T) => void; error?: string;
}) {
  return (
    <View className={`field ${error ? 'field--error' : ''}`} id={`field-${path}`}>
      <Text className='field__label'>{label}</Text>
      <Chips label={label} options={options} value={value} onChange={onChange} />
      {error ? <Text className='field__error' {...roleOf('alert')}>{error}</Text> : null}
    </View>
  );
}
