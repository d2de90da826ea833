import { z } from 'zod';
import { closedObject, optionalText, text } from '../content/schema-kit';

const requestId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { message: '格式不对' }).describe('请求编号');
const id = z.string().regex(/^[A-Za-z0-9_:-]{1,100}$/, { message: '格式不对' }).describe('交办编号');
const unitId = z.string().regex(/^[A-Za-z0-9_:-]{1,100}$/, { message: '格式不对' }).describe('承办单位');
/** Free text that may be empty here: the domain rule names the missing element itself. */
const element = (label: string, max: number) => z.string().max(max).describe(label);
const unitChoice = closedObject({ unitId, lead: z.boolean().describe('牵头单位') });
const units = z.array(unitChoice).max(10).describe('承办单位');

export const emptyInput = closedObject({});
export const idInput = closedObject({ id });
export const saveUnitInput = closedObject({
  id: unitId.optional(),
  name: text('单位名称', 60),
  kind: z.enum(['window', 'external']).describe('单位类别'),
  phone: z.string().regex(/^[0-9-]{7,20}$/, { message: '格式不对' }).describe('联系电话'),
  requestId,
});
export const referInput = closedObject({
  requestId,
  ticketId: z.string().regex(/^[A-Za-z0-9_:-]{1,100}$/, { message: '格式不对' }).describe('事项编号').optional(),
  /** issue 13: a legal-aid application instead of a ticket (exactly one of the two). */
  applicationId: z.string().regex(/^[A-Za-z0-9_:-]{1,100}$/, { message: '格式不对' }).describe('法律援助申请').optional(),
  units,
  content: element('交办内容', 1000),
  dueDate: z.string().max(10).describe('办理时限'),
  requirements: element('办理要求', 1000),
  kind: z.enum(['referral', 'outOfRemit', 'explanation', 'majorReport']).describe('交办类别').optional(),
});
export const answerInput = closedObject({
  id, unitId, accept: z.boolean().describe('是否受理'), reason: element('不予受理的原因', 500).optional(), requestId: requestId.optional(),
});
export const reportInput = closedObject({ id, unitId, text: text('反馈内容', 2000), requestId: requestId.optional() });
export const checkInput = closedObject({ id, residentMessage: text('告知当事人的结果', 1000), requestId: requestId.optional() });
export const returnInput = closedObject({ id, note: text('退回原因', 500), requestId: requestId.optional() });
export const redispatchInput = closedObject({ id, units, reason: text('重新交办的原因', 500), requestId: requestId.optional() });
export const guidanceInput = closedObject({ id, guidance: text('引导群众通过其他法律途径解决', 1000), requestId: requestId.optional() });
export const listInput = closedObject({
  open: z.boolean().describe('只看未办结').optional(),
  ticketId: z.string().regex(/^[A-Za-z0-9_:-]{1,100}$/, { message: '格式不对' }).describe('事项编号').optional(),
  applicationId: z.string().regex(/^[A-Za-z0-9_:-]{1,100}$/, { message: '格式不对' }).describe('法律援助申请').optional(),
  limit: z.number().int().min(1).max(100).describe('条数').optional(),
});
export const noteTextOptional = optionalText('备注', 500);

export type ReferInput = z.infer<typeof referInput>;
export type AnswerInput = z.infer<typeof answerInput>;
export type ReportInput = z.infer<typeof reportInput>;
export type CheckInput = z.infer<typeof checkInput>;
export type ReturnInput = z.infer<typeof returnInput>;
export type RedispatchInput = z.infer<typeof redispatchInput>;
export type GuidanceInput = z.infer<typeof guidanceInput>;
export type ListInput = z.infer<typeof listInput>;
export type SaveUnitInput = z.infer<typeof saveUnitInput>;
