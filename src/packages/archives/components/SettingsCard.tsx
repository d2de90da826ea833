import { useEffect, useState } from 'react';
import { namedBox } from '../../../components/form/TextBox';
import { Button, Input, Text, View } from '@tarojs/components';
import type { ApiError } from '../../../api/types';
import { ARCHIVE_CATEGORIES, type ArchiveCategory, type ArchiveSettingsView } from '../../../shared/archives';
import { a11y, heading, roleOf } from '../../../ui/a11y';
import { archiveSettings, updateArchiveSettings } from '../api';

const CHOICES: Array<[0 | 10 | 30, string]> = [[10, '10年'], [30, '30年'], [0, '永久']];

/** The admin's settings: 全宗号, each category's retention and the letters' filing period — every change audited. */
export function SettingsCard() {
  const [s, setS] = useState<ArchiveSettingsView | null>(null);
  const [fonds, setFonds] = useState('');
  const [why, setWhy] = useState('');
  const [error, setError] = useState<ApiError>();
  const [message, setMessage] = useState('');
  useEffect(() => {
    void archiveSettings().then((res) => { if (res.ok) { setS(res.data); setFonds(res.data.fonds); } else setError(res.error); });
  }, []);
  const save = async (patch: Partial<ArchiveSettingsView>) => {
    const res = await updateArchiveSettings({ ...patch, ...(why.trim() ? { why: why.trim() } : {}) });
    if (!res.ok) return setError(res.error);
    setError(undefined); setS(res.data); setFonds(res.data.fonds); setMessage('已保存，之后生成的案卷按新设置编号；修改已记入审计。');
  };
  if (!s) return error ? <Text className='bar__error' {...roleOf('alert')}>{error.message}</Text> : null;
  return (
    <View className='card'>
      <Text className='h2' {...heading(2)}>档案设置（平台管理人员）</Text>
      <View className='field'>
        <Text className='field__label'>全宗号</Text>
        <Input className='field__input' value={fonds} maxlength={10} onInput={(e) => setFonds(e.detail.value)} {...namedBox('全宗号')} />
      </View>
      <View className='field'>
        <Text className='field__label'>修改原因（可不填）</Text>
        <Input className='field__input' value={why} maxlength={200} onInput={(e) => setWhy(e.detail.value)} {...namedBox('修改原因')} />
      </View>
      <Button className='btn' onClick={() => void save({ fonds: fonds.trim() })}>保存全宗号</Button>
      {(Object.keys(ARCHIVE_CATEGORIES) as ArchiveCategory[]).map((c) => (
        <View key={c} {...a11y(`${ARCHIVE_CATEGORIES[c]}保管期限`, 'group')}>
          <Text className='text'>{ARCHIVE_CATEGORIES[c]}保管期限：{s.retention[c] === 0 ? '永久' : `${s.retention[c]}年`}</Text>
          <View className='bar__row'>
            {CHOICES.map(([years, label]) => (
              <Button key={label} className={s.retention[c] === years ? 'btn btn--small btn--on' : 'btn btn--small'} onClick={() => void save({ retention: { ...s.retention, [c]: years } })} {...a11y(`${ARCHIVE_CATEGORIES[c]}保管${label}${s.retention[c] === years ? '（当前）' : ''}`, 'button')}>{s.retention[c] === years ? `✓ ${label}` : label}</Button>
            ))}
          </View>
        </View>
      ))}
      <View {...a11y('来信立卷周期', 'group')}>
        <Text className='text'>来信立卷：{s.letterFiling === 'yearly' ? '一年一次' : '半年一次'}（制度九（六））</Text>
        <View className='bar__row'>
          {([['halfYearly', '半年一次'], ['yearly', '一年一次']] as const).map(([value, label]) => (
            <Button key={value} className={s.letterFiling === value ? 'btn btn--small btn--on' : 'btn btn--small'} onClick={() => void save({ letterFiling: value })} {...a11y(`来信${label}立卷${s.letterFiling === value ? '（当前）' : ''}`, 'button')}>{s.letterFiling === value ? `✓ ${label}` : label}</Button>
          ))}
        </View>
      </View>
      {message ? <Text className='text' {...roleOf('status')}>{message}</Text> : null}
      {error ? <Text className='bar__error' {...roleOf('alert')}>{error.message}</Text> : null}
    </View>
  );
}
