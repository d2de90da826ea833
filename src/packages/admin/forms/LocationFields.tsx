import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { StationLocation } from '../../../shared/content';
import { Field } from '../../../components/form/Field';

/** A typed coordinate as a number, or null while it is not one yet. */
const asNumber = (typed: string): number | null => (typed.trim() === '' || !Number.isFinite(Number(typed)) ? null : Number(typed));

/**
 * 地图位置: the station's latitude and longitude (what 「在地图上查看」 opens), both or neither.
 * A number the admin is still typing stays in the box; only complete pairs reach `onChange`.
 * @example <LocationFields value={station.location} onChange={(l) => set('location', l)} error={errorAt(error, 'location.latitude')} />
 */
export function LocationFields({ value, onChange, errorOf }: {
  value: StationLocation | undefined;
  onChange: (location: StationLocation | undefined) => void;
  errorOf: (path: string) => string | undefined;
}) {
  const [lat, setLat] = useState(value ? String(value.latitude) : '');
  const [lng, setLng] = useState(value ? String(value.longitude) : '');
  const update = (nextLat: string, nextLng: string) => {
    setLat(nextLat);
    setLng(nextLng);
    if (nextLat.trim() === '' && nextLng.trim() === '') return onChange(undefined);
    const latitude = asNumber(nextLat);
    const longitude = asNumber(nextLng);
    if (latitude !== null && longitude !== null) onChange({ latitude, longitude });
  };
  const typedWrong = (typed: string) => (typed.trim() !== '' && asNumber(typed) === null ? '请填写数字，例如 28.69' : undefined);
  return (
    <View className='card'>
      <Text className='h2'>地图位置（可不填）</Text>
      <Text className='field__hint'>在腾讯地图上长按工作站位置可以看到经纬度。填好后，居民点「在地图上查看」就能导航过来。</Text>
      <Field label='纬度' path='location.latitude' value={lat} placeholder='如：28.69' onChange={(v) => update(v, lng)}
        error={typedWrong(lat) ?? errorOf('location.latitude')} />
      <Field label='经度' path='location.longitude' value={lng} placeholder='如：115.73' onChange={(v) => update(lat, v)}
        error={typedWrong(lng) ?? errorOf('location.longitude')} />
    </View>
  );
}
