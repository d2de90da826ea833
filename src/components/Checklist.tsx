import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { a11y } from '../ui/a11y';

/**
 * 材料清单 as a checklist the resident ticks while gathering papers (kept on screen only).
 * Ticked rows show ☑ and 「已备好」, not only a colour.
 * @example <Checklist items={['身份证', '户口簿']} />
 */
export function Checklist({ items }: { items: string[] }) {
  const [done, setDone] = useState<boolean[]>(() => items.map(() => false));
  const toggle = (i: number) => setDone((d) => d.map((v, j) => (j === i ? !v : v)));
  const count = done.filter(Boolean).length;
  return (
    <View role='group' aria-label='材料清单'>
      <Text className='muted'>已备好 {count} / {items.length} 项（点一下打勾）</Text>
      {items.map((item, i) => (
        <View
          key={item}
          className={`check ${done[i] ? 'check--done' : ''}`}
          onClick={() => toggle(i)}
          aria-checked={done[i] ? 'true' : 'false'}
          {...a11y(`${item}${done[i] ? '，已备好' : '，未备好'}`, 'checkbox')}
        >
          <Text className='check__box' aria-hidden='true'>{done[i] ? '☑' : '☐'}</Text>
          <Text className='check__text'>{item}{done[i] ? '（已备好）' : ''}</Text>
        </View>
      ))}
    </View>
  );
}
