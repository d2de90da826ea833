import type { ContentItem } from '../../../src/shared/content';

const updatedAt = Date.parse('2026-11-20T09:30:00+08:00');

export const station: ContentItem<'station'> = {
  key: 'station', kind: 'station', order: 0, sample: false, version: 4, updatedAt, updatedBy: '平台管理员',
  data: {
    name: '西山镇公共法律服务工作站',
    address: '南昌市新建区西山镇人民政府一楼',
    phones: [{ label: '工作站值班电话', number: '0791-83281234' }],
    extendedService: '工作日 12:00–13:30 和 17:00 后可电话预约延时服务',
    complaintChannels: [
      { channel: '现场投诉', detail: '到工作站找平台管理人员登记' },
      { channel: '电话投诉', detail: '0791-83280001' },
      { channel: '意见箱', detail: '大厅意见箱，每天17:00开箱' },
    ],
  },
};

export const legalAid: ContentItem<'guide'> = {
  key: 'guide:legal-aid', kind: 'guide', order: 2, sample: true, version: 1, updatedAt, updatedBy: 'seed',
  data: {
    title: '法律援助',
    summary: '经济困难的公民可以申请免费的法律帮助。',
    steps: ['提出申请', '审查', '指派律师'],
    timeLimit: '收到申请之日起7日内作出决定',
    materials: ['身份证', '经济困难状况说明表', '与案件有关的材料'],
    whereToGo: '西山镇公共法律服务工作站窗口',
    basis: '《中华人民共和国法律援助法》第四十三条',
  },
};

export const badge: ContentItem<'badge'> = {
  key: 'badge:1', kind: 'badge', order: 0, sample: true, version: 1, updatedAt, updatedBy: 'seed',
  data: { name: '李明', post: '工作站主任', duty: '首问窗口', scope: '法律咨询、人民调解', complaintHow: '0791-83280001' },
};

/** An `info.overview` answer with the given calendar overrides. */
export function overview(overrides: { date: string; working: boolean; note?: string }[] = [], serverNow = Date.now()) {
  return { ok: true, data: { items: [station, legalAid, badge], calendar: { overrides, version: 'v1' }, serverNow } };
}
