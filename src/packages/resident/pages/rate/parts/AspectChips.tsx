import { Text, View } from '@tarojs/components';
import { RATING_ASPECTS, type RatingAspect } from '../../../../../shared/ratings';
import { a11y, roleOf } from '../../../../../ui/a11y';
import { ASPECT_ORDER } from './words';

/**
 * 「是关于哪方面？」: three big chips, none, one or several may be ticked (☑ / ☐ and words).
 * @example <AspectChips value={aspects} onChange={setAspects} />
 */
export function AspectChips({ value, onChange }: { value: RatingAspect[]; onChange: (v: RatingAspect[]) => void }) {
  const toggle = (a: RatingAspect) => onChange(value.includes(a) ? value.filter((x) => x !== a) : ASPECT_ORDER.filter((x) => x === a || value.includes(x)));
  return (
    <View className='field'>
      <Text className='field__label'>主要是关于哪方面？（可以不选，也可以多选）</Text>
      <View className='rt-chips' {...roleOf('group', { 'aria-label': '是关于哪方面' })}>
        {ASPECT_ORDER.map((a) => {
          const on = value.includes(a);
          return (
            <View key={a} className={`rt-chip ${on ? 'rt-chip--on' : ''}`} aria-checked={on ? 'true' : 'false'}
              onClick={() => toggle(a)} {...a11y(RATING_ASPECTS[a], 'checkbox')}>
              <Text className='rt-chip__box' aria-hidden='true'>{on ? '☑' : '☐'}</Text><Text>{RATING_ASPECTS[a]}</Text>
            </View>
          );
        })}
      </View>
    </View>
  );
}
