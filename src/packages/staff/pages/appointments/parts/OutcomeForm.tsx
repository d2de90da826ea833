import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { LabelledTextarea } from '../../../../../components/form/TextBox';
import type { ApiError } from '../../../../../api/types';
import type { Appointment } from '../../../../../shared/appointments';
import { a11y, heading, roleOf } from '../../../../../ui/a11y';
import { whoText } from './text';

/**
 * Record what came of a visit; 「需要后续跟进」 opens a follow-up on the server.
 * @example <OutcomeForm item={a} busy={false} onSubmit={(text, follow) => save(text, follow)} onBack={close} />
 */
export function OutcomeForm({ item, busy, error, onSubmit, onBack }: {
  item: Appointment;
  busy: boolean;
  error?: ApiError;
  onSubmit: (text: string, needsFollowUp: boolean) => void;
  onBack: () => void;
}) {
  const [text, setText] = useState('');
  const [follow, setFollow] = useState(false);
  return (
    <View>
      <Text className='title' {...heading(1)}>记录办理结果</Text>
      <Text className='text strong'>{item.serviceLabel} · {whoText(item)}</Text>
      <View className='card'>
        <View className='field'>
          <Text className='field__label'>办理结果</Text>
          <LabelledTextarea label='办理结果' className='field__input field__textarea' value={text} onInput={(e) => setText(e.detail.value)} maxlength={500}
            placeholder='如：已解答宅基地纠纷问题，建议申请人民调解' />
        </View>
        <View className='field'>
          <Text className='field__label'>还要后续跟进吗？</Text>
          <View className='toggle'>
            <Button className={`btn ${!follow ? 'btn--on' : ''}`} aria-pressed={!follow ? 'true' : 'false'} onClick={() => setFollow(false)}>{!follow ? '✓ ' : ''}办结</Button>
            <Button className={`btn ${follow ? 'btn--on' : ''}`} aria-pressed={follow ? 'true' : 'false'} onClick={() => setFollow(true)}>{follow ? '✓ ' : ''}需要跟进</Button>
          </View>
          {follow ? <Text className='field__hint'>保存后会建立一条跟进事项。</Text> : null}
        </View>
      </View>
      <View className='bar'>
        {error ? <Text className='bar__error' {...roleOf('alert')}>{error.message}</Text> : null}
        <View className='bar__row'>
          <Button className='btn' onClick={onBack}>返回</Button>
          <Button className='btn btn--primary' disabled={!text.trim() || busy || undefined} onClick={() => onSubmit(text.trim(), follow)}>保存结果</Button>
        </View>
      </View>
    </View>
  );
}
