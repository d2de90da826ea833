import { Text, View } from '@tarojs/components';
import { CallButton } from '../../../components/CallButton';
import type { ArchiveItemView } from '../../../shared/archives';
import { a11y } from '../../../ui/a11y';

/** A volume's items (件): 档号, what and when, and the person only as the one access rule lets this reader see them. */
export function ItemList({ items }: { items: ArchiveItemView[] }) {
  return (
    <View>
      {items.map((i) => (
        <View key={i.id} className='arch-item' {...a11y(`第${i.itemNo}件，${i.title}，${i.date}`, 'group')}>
          <Text className='arch-code'>{i.archiveCode}</Text>
          <Text className='text'>{i.date} {i.title}{i.contact.name ? ` · ${i.contact.name}` : ''}</Text>
          {i.summary ? <Text className='muted'>{i.summary}</Text> : null}
          {(i.parts ?? []).map((p) => (
            <View key={p.kind} className='arch-part' {...a11y(`${p.label}${p.missing ? '（缺）' : ''}`, 'group')}>
              <Text className='text strong'>{p.missing ? `✗ ${p.label}（缺）` : `✓ ${p.label}`}{p.photoIds?.length ? `　照片 ${p.photoIds.length} 张` : ''}</Text>
              <Text className='muted'>{p.text}</Text>
            </View>
          ))}
          {i.contact.phone && !i.contact.phone.includes('*') ? <CallButton who={i.contact.name ?? '当事人'} number={i.contact.phone} /> : null}
        </View>
      ))}
    </View>
  );
}
