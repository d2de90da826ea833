import { parseInput } from '../../../src/server/core/validation';
import { stationSchema } from '../../../src/server/content/schemas';
import { AppError } from '../../../src/server/core/errors';

const station = {
  name: '西山镇公共法律服务工作站', address: '江西省南昌市新建区西山镇人民政府（西山司法所）', phones: [{ label: '投诉电话', number: '0791-83280001' }],
  extendedService: '实行延时服务', complaintChannels: [{ channel: '电话投诉', detail: '0791-83280001' }],
};

describe('the station\'s map position (openLocation)', () => {
  it('is optional, and kept when the admin enters it', () => {
    expect(parseInput(stationSchema, station).location).toBeUndefined();
    expect(parseInput(stationSchema, { ...station, location: { latitude: 28.6923, longitude: 115.7281 } }).location).toEqual({ latitude: 28.6923, longitude: 115.7281 });
  });

  it('refuses a coordinate out of range or not a number, naming the field as the form shows it', () => {
    const refused = (location: unknown) => {
      try {
        parseInput(stationSchema, { ...station, location });
      } catch (err) {
        return { message: (err as AppError).message, field: (err as AppError).field };
      }
      return null;
    };
    expect(refused({ latitude: 128, longitude: 115.7 })).toEqual({ message: '「纬度」应是 -90 到 90 之间的数字', field: 'location.latitude' });
    expect(refused({ latitude: 28.7, longitude: '东经115' })).toEqual({ message: '「经度」格式不对', field: 'location.longitude' });
    expect(refused({ latitude: 28.7 })).toEqual({ message: '「经度」不能为空', field: 'location.longitude' });
  });
});
