import { z } from 'zod';
import type { ContentKind } from '../../shared/content';
import { closedObject, text, ymd } from './schema-kit';

/**
 * What the admin may publish, per kind of content (src/shared/content.ts), with Chinese labels
 * for error messages and maximum lengths that keep one item small enough for a phone screen.
 */
const phone = closedObject({
  label: text('电话名称', 20),
  number: z
    .string()
    .trim()
    .regex(/^[0-9][0-9\- ]{2,19}$/, '只能填写数字和“-”')
    .describe('电话号码'),
});

/** A coordinate as the admin types it: a number in range, with the label the form shows. */
const degrees = (label: string, limit: number) =>
  z.number().refine((v) => Number.isFinite(v) && Math.abs(v) <= limit, `应是 -${limit} 到 ${limit} 之间的数字`).describe(label);

export const stationSchema = closedObject({
  name: text('工作站名称', 50),
  address: text('地址', 100),
  // issue 10: the map pin behind 「在地图上查看」
  location: closedObject({ latitude: degrees('纬度', 90), longitude: degrees('经度', 180) }).optional().describe('地图位置'),
  phones: z.array(phone).max(10).describe('联系电话'),
  extendedService: text('办公时间与延时服务', 500),
  complaintChannels: z
    .array(closedObject({ channel: text('投诉途径', 20), detail: text('投诉途径说明', 200) }))
    .min(1)
    .max(10)
    .describe('投诉途径'),
});

export const commitmentsSchema = closedObject({
  items: z
    .array(closedObject({ title: text('承诺标题', 30), body: text('承诺内容', 500) }))
    .min(1)
    .max(30)
    .describe('服务承诺'),
});

export const guideSchema = closedObject({
  title: text('指南标题', 30),
  summary: text('简介', 500),
  steps: z.array(text('办理步骤', 300)).min(1).max(20).describe('办理步骤'),
  timeLimit: text('办理时限', 300),
  materials: z.array(text('所需材料', 200)).max(30).describe('所需材料'),
  whereToGo: text('办理地点', 300),
  basis: text('依据', 500),
});

export const badgeSchema = closedObject({
  name: text('姓名', 20),
  post: text('岗位', 30),
  duty: text('职责', 200),
  scope: text('业务范围', 300),
  complaintHow: text('投诉方式', 200),
});

export const noticeSchema = closedObject({
  title: text('公告标题', 50),
  body: text('公告内容', 1000),
  from: ymd('开始日期').optional(),
  to: ymd('结束日期').optional(),
}).superRefine((notice, ctx) => {
  if (notice.from && notice.to && notice.to < notice.from) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['to'], message: '不能早于开始日期' });
  }
});

/** The data schema for each kind of content. */
export const dataSchemaByKind: Record<ContentKind, z.ZodTypeAny> = {
  station: stationSchema,
  commitments: commitmentsSchema,
  guide: guideSchema,
  badge: badgeSchema,
  notice: noticeSchema,
};
