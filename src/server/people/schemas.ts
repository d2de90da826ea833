import { z } from 'zod';
import { closedObject, text, ymd } from '../content/schema-kit';
import { hm, requestId } from '../appointments/schemas';
import { photoId } from '../tickets/schemas';
import { ROLES } from '../../shared/roles';
import { MAX_HOURS_PER_DAY } from '../../domain/people';

/** Input pieces of the `people` actions, each labelled in Chinese for the error messages. */
export const staffId = z.string().trim().min(1).max(80).describe('工作人员');
const roles = z.array(z.enum(ROLES).describe('岗位角色')).max(ROLES.length).describe('岗位角色');
const unitIds = z.array(z.string().trim().min(1).max(60).describe('所属单位')).max(10).describe('所属单位');
const code = z.string().trim().min(1).max(20).describe('邀请码');
const year = z.number().int().min(2000).max(2099).describe('年度');
const hours = z.number().positive().max(MAX_HOURS_PER_DAY).describe('学时');
const why = text('说明', 200).optional();

export const badgeDraft = closedObject({
  post: text('职务', 30), duty: text('工作岗位', 200), scope: text('业务范围', 300),
}).describe('公示牌');

export const inviteInput = closedObject({
  name: text('姓名', 20), roles, unitIds: unitIds.optional(), badge: badgeDraft.optional(), requestId: requestId.optional(),
});
export const codeInput = closedObject({ code });
export const staffInput = closedObject({ staffId, why });
export const setRolesInput = closedObject({ staffId, roles, unitIds: unitIds.optional() });
export const linkBadgeInput = closedObject({ staffId, badgeKey: z.string().regex(/^badge:[a-z0-9-]{1,40}$/, '不是有效的公示牌').describe('公示牌') });
export const profileInput = closedObject({ staffId: staffId.optional() });
export const absenceForInput = closedObject({ staffId, date: ymd('日期'), from: hm('开始时间'), to: hm('结束时间'), reason: text('外出事由', 200) });
export const cancelAbsenceInput = closedObject({ id: z.string().trim().min(1).max(200).describe('外出办案登记'), why });

export const studyLogInput = closedObject({
  requestId, kind: z.enum(['group', 'self', 'central']).describe('学习类别'), date: ymd('学习日期'), hours, topic: text('学习内容', 100),
});
export const studySessionInput = closedObject({
  requestId, kind: z.enum(['group', 'central']).describe('学习类别'), date: ymd('学习日期'), hours, topic: text('学习内容', 100),
  attendeeIds: z.array(staffId).min(1).max(200).describe('出席人员'),
  absentees: z.array(closedObject({ staffId, reason: text('缺席事由', 100) })).max(200).describe('缺席人员'),
});
export const yearInput = closedObject({ year });
export const registerInput = closedObject({ year, staffId: staffId.optional() });
export const planInput = closedObject({ year, text: text('个人学习计划', 3000) });
export const arrangementsInput = closedObject({
  year, items: z.array(closedObject({ date: ymd('日期'), topic: text('学习主题', 100), note: text('说明', 200).optional() })).max(100).describe('工作站部署'),
});
export const writeInput = closedObject({
  requestId, kind: z.enum(['note', 'article']).describe('类别'), date: ymd('日期'), title: text('题目', 60), text: text('正文', 20000),
  /** Issue 12: optional photos, uploaded like letter photos (same ids, same limits). */
  photoIds: z.array(photoId.describe('照片')).max(9).describe('照片').optional(),
});
export const reviewInput = closedObject({
  requestId, staffId, kind: z.enum(['check', 'praise', 'criticism']).describe('类别'), date: ymd('日期'), text: text('内容', 1000),
});
