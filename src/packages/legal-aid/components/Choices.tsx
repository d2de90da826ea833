import { Text, View } from '@tarojs/components';
import { a11y, roleOf } from '../../../ui/a11y';

export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

/**
 * Large one-tap choices down the page. `multiple`: tick any number (☑ / ☐ and 「已选」, never
 * colour alone); otherwise one (◉ / ○).
 * @example <Choices label='是哪类事？' choices={KINDS} value={[kind]} onToggle={setKind} />
 */
export function Choices<T extends string>({ label, choices, value, onToggle, multiple, error, id }: {
  label: string;
  choices: Choice<T>[];
  value: readonly T[];
  onToggle: (value: T) => void;
  multiple?: boolean;
  error?: string;
  id?: string;
}) {
  return (
    <View className={`field ${error ? 'field--error' : ''}`} id={id}>
      <Text className='field__label'>{label}</Text>
      <View {...roleOf(multiple ? 'group' : 'radiogroup', { 'aria-label': label })}>
        {choices.map((c) => {
          const on = value.includes(c.value);
          const mark = multiple ? (on ? '☑' : '☐') : on ? '◉' : '○';
          return (
            <View key={c.value} className={`check la-choice ${on ? 'la-choice--on' : ''}`} aria-checked={on ? 'true' : 'false'}
              onClick={() => onToggle(c.value)} {...a11y(c.label + (c.hint ? `：${c.hint}` : ''), multiple ? 'checkbox' : 'radio')}>
              <Text className='check__box' aria-hidden='true'>{mark}</Text>
              <View style={{ flex: 1 }}>
                <Text className='check__text' style={{ display: 'block' }}>{c.label}{on ? '（已选）' : ''}</Text>
                {c.hint ? <Text className='muted'>{c.hint}</Text> : null}
              </View>
            </View>
          );
        })}
      </View>
      {error ? <Text className='field__error' {...roleOf('alert')}>{error}</Text> : null}
    </View>
  );
}
