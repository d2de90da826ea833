import { View, Text } from '@tarojs/components';
import type { StationInfo } from '../../../shared/content';
import { errorAt } from '../components/field-error';
import { Field } from '../../../components/form/Field';
import { AddRow, RemoveRow } from '../components/fields';
import { LocationFields } from './LocationFields';
import { removeAt, replaceAt, type FormProps } from './types';

/**
 * 工作站信息: name, address (and its map position), phones, 延时服务, complaint channels.
 * @example <StationForm value={data} onChange={setData} error={error} />
 */
export function StationForm({ value, onChange, error }: FormProps<StationInfo>) {
  const set = <K extends keyof StationInfo>(k: K, v: StationInfo[K]) => onChange({ ...value, [k]: v });
  return (
    <View>
      <Field label='工作站名称' path='name' value={value.name} onChange={(v) => set('name', v)} error={errorAt(error, 'name')} />
      <Field label='地址' path='address' value={value.address} onChange={(v) => set('address', v)} error={errorAt(error, 'address')} multiline />
      <LocationFields value={value.location} onChange={(l) => onChange(withLocation(value, l))} errorOf={(path) => errorAt(error, path)} />
      <Text className='h2'>电话</Text>
      {errorAt(error, 'phones') ? <Text className='field__error'>{errorAt(error, 'phones')}</Text> : null}
      {value.phones.map((p, i) => (
        <View key={i} className='card'>
          <Field label={`电话${i + 1} 名称`} path={`phones.${i}.label`} value={p.label} placeholder='如：工作站值班电话'
            onChange={(v) => set('phones', replaceAt(value.phones, i, { ...p, label: v }))} error={errorAt(error, `phones.${i}.label`)} />
          <Field label={`电话${i + 1} 号码`} path={`phones.${i}.number`} value={p.number} placeholder='如：0791-83280001'
            onChange={(v) => set('phones', replaceAt(value.phones, i, { ...p, number: v }))} error={errorAt(error, `phones.${i}.number`)} />
          <RemoveRow label='删除这个电话' onRemove={() => set('phones', removeAt(value.phones, i))} />
        </View>
      ))}
      <AddRow label='添加电话' onAdd={() => set('phones', [...value.phones, { label: '', number: '' }])} />
      <Field label='延时服务' path='extendedService' value={value.extendedService} onChange={(v) => set('extendedService', v)} error={errorAt(error, 'extendedService')} multiline />
      <Text className='h2'>投诉渠道</Text>
      {errorAt(error, 'complaintChannels') ? <Text className='field__error'>{errorAt(error, 'complaintChannels')}</Text> : null}
      {value.complaintChannels.map((c, i) => (
        <View key={i} className='card'>
          <Field label='渠道' path={`complaintChannels.${i}.channel`} value={c.channel}
            onChange={(v) => set('complaintChannels', replaceAt(value.complaintChannels, i, { ...c, channel: v }))} error={errorAt(error, `complaintChannels.${i}.channel`)} />
          <Field label='说明' path={`complaintChannels.${i}.detail`} value={c.detail} multiline
            onChange={(v) => set('complaintChannels', replaceAt(value.complaintChannels, i, { ...c, detail: v }))} error={errorAt(error, `complaintChannels.${i}.detail`)} />
          <RemoveRow label='删除这个渠道' onRemove={() => set('complaintChannels', removeAt(value.complaintChannels, i))} />
        </View>
      ))}
      <AddRow label='添加投诉渠道' onAdd={() => set('complaintChannels', [...value.complaintChannels, { channel: '', detail: '' }])} />
    </View>
  );
}

/** The station with its map position set, or without one (never `location: undefined` in the JSON). */
function withLocation(station: StationInfo, location: StationInfo['location']): StationInfo {
  const { location: _old, ...rest } = station;
  return location ? { ...rest, location } : rest;
}
