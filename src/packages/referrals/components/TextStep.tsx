import { useState } from 'react';
import { Button, View } from '@tarojs/components';
import { Field } from '../../../components/form/Field';
import type { ApiError } from '../../../api/types';
import { a11y, roleOf } from '../../../ui/a11y';
import { Text } from '@tarojs/components';
import { newRequestId } from './request-id';

/**
 * One text and one button, for the steps that are a sentence: progress, result, the station's
 * message to the resident, re-dispatch reason, guidance. The request id is made once, so a
 * double tap writes once.
 * @example <TextStep label='办理进展' button='反馈进展' path='text' onSend={(text, rid) => reportReferral('progress', id, unitId, text, rid)} onDone={setR} />
 */
export function TextStep<T>({ label, button, path, hint, onSend, onDone }: {
  label: string; button: string; path: string; hint?: string;
  onSend: (text: string, requestId: string) => Promise<{ ok: true; data: T } | { ok: false; error: ApiError }>;
  onDone: (data: T) => void;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [requestId] = useState(newRequestId);
  const send = async () => {
    if (busy) return;
    setBusy(true);
    const res = await onSend(text.trim(), requestId);
    setBusy(false);
    if (!res.ok) return setError(res.error);
    setError(undefined);
    setText('');
    onDone(res.data);
  };
  return (
    <View className='card'>
      <Field label={label} path={path} multiline value={text} onChange={setText} maxLength={1000} hint={hint} error={error?.field ? error.message : undefined} />
      {error && !error.field ? <Text className='bar__error' {...roleOf('alert')}>{error.message}</Text> : null}
      <Button className='btn btn--primary' {...(busy ? { disabled: true } : {})} onClick={() => void send()} {...a11y(button, 'button')}>{button}</Button>
    </View>
  );
}
