import { Text, View } from '@tarojs/components';
import { RATING_LEVELS, type RatingLevel } from '../../../../../shared/ratings';
import { a11y, roleOf } from '../../../../../ui/a11y';
import { LEVEL_FACES, LEVEL_ORDER } from './words';

/**
 * The three very large choices of the rating device: a face and its word on each, the chosen one
 * with a thick border and 「✓ 已选」 (never colour alone). One tap picks.
 * @example <LevelChoices value={level} onChange={setLevel} />
 */
export function LevelChoices({ value, onChange, error }: { value: RatingLevel | ''; onChange: (v: RatingLevel) => void; error?: string }) {
  return (
    <View className={`field ${error ? 'field--error' : ''}`} id='field-level' {...roleOf('radiogroup', { 'aria-label': '您对这次服务满意吗' })}>
      {LEVEL_ORDER.map((level) => {
        const on = level === value;
        return (
          <View key={level} className={`rt-choice ${on ? 'rt-choice--on' : ''}`} aria-checked={on ? 'true' : 'false'}
            onClick={() => onChange(level)} {...a11y(RATING_LEVELS[level], 'radio')}>
            <Text className='rt-choice__face' aria-hidden='true'>{LEVEL_FACES[level]}</Text>
            <View>
              <Text className='rt-choice__word'>{RATING_LEVELS[level]}</Text>
              {on ? <Text className='rt-choice__mark'>✓ 已选</Text> : null}
            </View>
          </View>
        );
      })}
      {error ? <Text className='field__error' {...roleOf('alert')}>{error}</Text> : null}
    </View>
  );
}
