import { useEffect, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { CallbackSettingsView } from '../../../../../shared/ratings';
import { a11y, heading } from '../../../../../ui/a11y';
import { formatMonthDayTime } from '../../../../../ui/dates';
import { callbackSettings, updateCallbackSettings } from '../../callbacks/parts/api';

/** The range the server accepts (working days). */
export const MIN_DAYS = 1;
export const MAX_DAYS = 15;

/** Who changed the setting last, in words. */
function changedText(s: CallbackSettingsView): string {
  if (s.isDefault || !s.updatedAt) return `默认 ${s.defaultWorkingDays} 个工作日，尚未修改`;
  return `${s.updatedBy?.name ?? '管理员'}于 ${formatMonthDayTime(s.updatedAt)} 修改（默认 ${s.defaultWorkingDays} 个工作日）`;
}

/**
 * 回访期限 (admin only): N working days with − / + and 保存. Applies to callback tasks opened after
 * the change; open tasks keep their deadline (said on the card).
 * @example <CallbackSettingsCard />
 */
export function CallbackSettingsCard() {
  const [saved, setSaved] = useState<CallbackSettingsView | null>(null);
  const [days, setDays] = useState(5);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void callbackSettings().then((res) => {
      if (!res.ok) return setMessage(`回访期限读取失败：${res.error.message}`);
      setSaved(res.data);
      setDays(res.data.workingDays ?? res.data.defaultWorkingDays);
    });
  }, []);
  const save = async () => {
    setBusy(true);
    const res = await updateCallbackSettings(days);
    setBusy(false);
    if (!res.ok) return setMessage(res.error.message);
    setSaved(res.data);
    setMessage(`已保存：之后新建的回访任务期限为 ${days} 个工作日`);
  };
  const step = (d: number) => { setDays((n) => Math.min(MAX_DAYS, Math.max(MIN_DAYS, n + d))); setMessage(''); };
  const unchanged = saved !== null && saved.workingDays === days;
  return (
    <View className='card ct-settings'>
      <Text className='h2' {...heading(2)}>回访期限设置（管理员）</Text>
      <View className='ct-days'>
        <Button className='btn' {...(days <= MIN_DAYS ? { disabled: true } : {})} onClick={() => step(-1)} {...a11y('回访期限减少一天', 'button')}>−</Button>
        <Text className='text strong'>回访期限 {days} 个工作日</Text>
        <Button className='btn' {...(days >= MAX_DAYS ? { disabled: true } : {})} onClick={() => step(1)} {...a11y('回访期限增加一天', 'button')}>＋</Button>
      </View>
      <Text className='muted'>只影响修改之后新建的回访任务，已有任务的期限不变。</Text>
      {saved ? <Text className='muted'>{changedText(saved)}</Text> : null}
      <Button className='btn btn--primary' {...(busy || !saved || unchanged ? { disabled: true } : {})} onClick={() => void save()} {...a11y('保存回访期限', 'button')}>{busy ? '正在保存…' : '保存回访期限'}</Button>
      {message ? <Text className='text'>{message}</Text> : null}
    </View>
  );
}
