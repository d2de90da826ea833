import Taro from '@tarojs/taro';
import { Button } from '@tarojs/components';
import type { StationInfo } from '../shared/content';
import { a11y } from '../ui/a11y';

/**
 * 「在地图上查看」 under the address: WeChat's map (`openLocation`) at the position the admin
 * entered, with the station's name and address, from where a resident can start navigation.
 * Shown only in WeChat and only once a position is entered.
 * @example <MapButton station={station} />
 */
export function MapButton({ station }: { station: StationInfo }) {
  const { location } = station;
  if (!location || process.env.TARO_ENV !== 'weapp') return null;
  const open = () => {
    void Taro.openLocation({ latitude: location.latitude, longitude: location.longitude, name: station.name, address: station.address, scale: 16 }).catch(() => undefined);
  };
  return (
    <Button className='btn' onClick={open} {...a11y(`在地图上查看：${station.address}`, 'button')}>在地图上查看 · 导航</Button>
  );
}
