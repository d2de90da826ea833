import { Button, Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../api/types';
import type { PhraseWarning } from '../../../../shared/tickets';
import { a11y, roleOf } from '../../../../ui/a11y';
import { Warnings } from './Warnings';

/**
 * 「仍然发送？」 for any text a resident will read (issue 9 §3), the same screen a reply gets: the
 * 服务忌语 found and the polite words, what was written (each text under its label), and
 * 「返回修改」 / 「仍然发送」 — the text is sent as written or not at all, never rewritten.
 * @example <CourtesyConfirm warnings={held} texts={[['办理结果', result]]} busy={busy} onBack={back} onConfirm={confirm} />
 */
export function CourtesyConfirm({ warnings, texts, busy, error, onBack, onConfirm }: {
  warnings: PhraseWarning[];
  texts: Array<[label: string, text: string]>;
  busy: boolean;
  error?: ApiError;
  onBack: () => void;
  onConfirm: () => void;
}) {
  return (
    <View>
      <Warnings items={warnings} title='居民会看到这些话，其中有服务忌语，还没有发出' />
      {texts.filter(([, t]) => t.trim()).map(([label, t]) => (
        <View key={label} className='field'>
          <Text className='muted'>{label}：</Text>
          <Text className='text'>{t}</Text>
        </View>
      ))}
      {error ? <Text className='bar__error' {...roleOf('alert')}>{error.message}</Text> : null}
      <View className='bar__row'>
        <Button className='btn' onClick={onBack} {...a11y('返回修改', 'button')}>返回修改</Button>
        <Button className='btn btn--danger' {...(busy ? { disabled: true } : {})} onClick={onConfirm} {...a11y('仍然发送', 'button')}>仍然发送</Button>
      </View>
    </View>
  );
}
