import type { StationInfo } from '../shared/content';

/**
 * What the station's own rules publish (工作制度 四、八), shown when the phone has never loaded the
 * overview and has no network: a resident can still call and complain. Everything else comes
 * from the server.
 */
export const FALLBACK_STATION: StationInfo = {
  name: '西山镇公共法律服务工作站',
  address: '江西省南昌市新建区西山镇人民政府（西山司法所）',
  phones: [{ label: '投诉电话', number: '0791-83280001' }],
  extendedService: '实行延时服务，详情请电话咨询。',
  complaintChannels: [
    { channel: '现场投诉', detail: '到工作站找平台管理人员登记' },
    { channel: '电话投诉', detail: '0791-83280001' },
    { channel: '意见箱', detail: '业务办理大厅投诉意见箱，每天17:00开箱' },
    { channel: '信函投诉', detail: '江西省南昌市新建区西山镇人民政府（西山司法所）' },
  ],
};
