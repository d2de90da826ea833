import { Text, View } from '@tarojs/components';
import { a11y, roleOf } from '../../../ui/a11y';

/** One plain-language choice, with an optional line that explains it. */
export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

/**
 * Large one-tap choices stacked down the page (elder-friendly radio list): the chosen one shows
 * ◉ and 「已选」, not only a colour.
 * @example <ChoiceList label='投诉哪方面' choices={SCOPES} value={scope} onChange={setScope} />
 */
export function ChoiceList<T extends string>({ label, choices, value, onChange, error, id }: {
  label: string;
  choices: Choice<T>[];
  value: T | '';
  onChange: (value: T) => void;
  error?: string;
  id?: string;
}) {
  return (
    <View className={`field ${error ? 'field--error' : ''}`} id={id}>
      <Text className='field__label'>{label}</Text>
      <View {...roleOf('radiogroup', { 'aria-label': label })}>
        {choices.map((c) => {
          const on = c.value === value;
          return (
            <View
              key={c.value}
              className={`check choice ${on ? 'choice--on' : ''}`}
              aria-checked={on ? 'true' : 'false'}
              onClick={() => onChange(c.value)}
              {...a11y(c.label + (c.hint ? `：${c.hint}` : ''), 'radio')}
            >
              <Text className='check__box' aria-hidden='true'>{on ? '◉' : '○'}</Text>
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
