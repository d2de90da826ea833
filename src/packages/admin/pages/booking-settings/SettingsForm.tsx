import { useEffect, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../api/types';
import type { AppointmentSettings } from '../../../../shared/appointments';
import { roleOf } from '../../../../ui/a11y';
import { errorAt } from '../../components/field-error';
import { Field } from '../../../../components/form/Field';

type NumberKey = Exclude<keyof AppointmentSettings, 'version'>;

/** The four numbers, how the admin reads them, and their limits (as the server checks them). */
export const SETTING_FIELDS: { key: NumberKey; label: string; hint: string }[] = [
  { key: 'capacityPerSlot', label: '每个时段可约几人', hint: '1–20 人；外出办案的人会自动扣减' },
  { key: 'slotMinutes', label: '每个时段多少分钟', hint: '15–120 分钟，5 的倍数' },
  { key: 'horizonDays', label: '最多提前几天预约', hint: '1–60 天' },
  { key: 'minLeadMinutes', label: '至少提前多少分钟预约', hint: '0–1440 分钟（120 = 两小时）' },
];

/**
 * The settings as numbers the admin types; only changed ones are sent, with an optional reason.
 * @example <SettingsForm settings={s} saving={false} onSave={(patch, why) => save(patch, why)} />
 */
export function SettingsForm({ settings, saving, error, onSave }: {
  settings: AppointmentSettings;
  saving: boolean;
  error?: ApiError;
  onSave: (patch: Partial<Record<NumberKey, number>>, why: string) => void;
}) {
  const [draft, setDraft] = useState<Record<NumberKey, string>>(() => toDraft(settings));
  const [why, setWhy] = useState('');
  useEffect(() => setDraft(toDraft(settings)), [settings]);
  const patch: Partial<Record<NumberKey, number>> = {};
  for (const f of SETTING_FIELDS) {
    const n = Number(draft[f.key]);
    if (draft[f.key].trim() !== '' && n !== settings[f.key]) patch[f.key] = n;
  }
  const changed = Object.keys(patch).length > 0;
  return (
    <View className='card'>
      <Text className='h2'>预约规则</Text>
      {SETTING_FIELDS.map((f) => (
        <Field key={f.key} label={f.label} path={f.key} value={draft[f.key]} hint={f.hint}
          onChange={(v) => setDraft({ ...draft, [f.key]: v.replace(/[^\d]/g, '') })} error={errorAt(error, f.key)} />
      ))}
      <Field label='修改说明（可不填，记入操作记录）' path='why' value={why} onChange={setWhy} placeholder='如：新增一名窗口人员' />
      {error && !error.field ? <Text className='field__error' {...roleOf('alert')}>{error.message}</Text> : null}
      <Button className='btn btn--primary' disabled={!changed || saving || undefined} onClick={() => onSave(patch, why.trim())}>
        {changed ? '保存预约规则' : '没有改动'}
      </Button>
      <Text className='muted'>{settings.version ? `第 ${settings.version} 版` : '现在用的是默认设置'}。改动后已约的时段不受影响。</Text>
    </View>
  );
}

function toDraft(s: AppointmentSettings): Record<NumberKey, string> {
  return { capacityPerSlot: String(s.capacityPerSlot), slotMinutes: String(s.slotMinutes), horizonDays: String(s.horizonDays), minLeadMinutes: String(s.minLeadMinutes) };
}
