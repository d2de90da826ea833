import { Text, View } from '@tarojs/components';
import type { PhraseWarning } from '../../../../shared/tickets';
import { roleOf } from '../../../../ui/a11y';

/**
 * The 服务忌语 found in a reply and the polite words to use instead (rule 五(四)). It only
 * warns — the reply is never changed for the sender.
 * @example <Warnings items={checkCourtesy(text)} title='回复里有服务忌语' />
 */
export function Warnings({ items, title }: { items: PhraseWarning[]; title: string }) {
  if (items.length === 0) return null;
  return (
    <View className='warn' {...roleOf('alert')}>
      <Text className='warn__title'>⚠ {title}</Text>
      {items.map((w) => (
        <Text key={`${w.field ?? ''}:${w.phrase}`} className='warn__item'>
          {w.category === 'rude' ? '不文明用语' : '服务忌语'}「{w.phrase}」→ 建议说：{w.suggestion}
        </Text>
      ))}
    </View>
  );
}
