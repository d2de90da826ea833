import { z } from 'zod';
import { closedObject, phoneField, text, ymd } from '../content/schema-kit';
import { isYmd } from '../../domain/beijing';

/**
 * Input pieces of the `appointments` actions, each labelled in Chinese for the error messages.
 */
const pattern = (label: string, re: RegExp, message: string) =>
  z.string().trim().refine((s) => re.test(s), { message }).describe(label);

/** A client request id: 8–64 letters, digits, '-' or '_'. */
export const requestId = pattern('请求编号', /^[A-Za-z0-9_-]{8,64}$/, '格式不对（8–64 位字母、数字、- 或 _）');

/** 'HH:mm', 00:00–23:59. */
export const hm = (label: string) => pattern(label, /^([01]\d|2[0-3]):[0-5]\d$/, '格式不对（例如 09:00）');

/** A mobile or a landline with area code (0791-83280001): the one phone rule, src/domain/phone.ts. */
export const phone = phoneField('联系电话');

/** A birth date 'YYYY-MM-DD' from 1900 on (schema-kit's `ymd` only takes 2000–2099). */
export const birthDate = z.string().trim()
  .refine((s) => isYmd(s) && s >= '1900-01-01', { message: '不是有效的日期（格式：1950-03-15）' })
  .describe('出生日期');

export const appointmentId = z.string().min(1).max(100).describe('预约');

export const service = z.enum(['consultation', 'legalAid', 'mediation', 'notary', 'other']).describe('服务项目');

export const forWhom = closedObject({
  name: text('老人姓名', 20),
  relation: text('与您的关系', 10),
  phone: phoneField('家人的电话'),
}).describe('为谁预约');

/** Who is booking (the confirm screen): name and phone, both optional. */
export const booker = closedObject({
  name: text('您的姓名', 20).optional(),
  phone: phoneField('您的电话').optional(),
}).describe('预约人');

export const bookInput = closedObject({
  service, date: ymd('日期'), start: hm('时段'), requestId, forWhom: forWhom.optional(), booker: booker.optional(),
  note: text('备注', 200).optional(),
});

export const rescheduleInput = closedObject({ id: appointmentId, date: ymd('日期'), start: hm('时段'), requestId });

export const homeVisitInput = closedObject({
  basis: z.enum(['age70', 'severeDisability']).describe('申请依据'),
  birthDate: birthDate.optional(),
  disabilityCertNo: text('残疾人证号', 30).optional(),
  address: text('上门地址', 100),
  phone,
  preferredDays: z.array(ymd('希望上门的日期')).min(1).max(5).describe('希望上门的日期'),
  description: text('需要帮助的事项', 300),
  requestId,
  forWhom: forWhom.optional(),
});

/** issue 9 §5: a home visit staff register from a phone call (rule 一(四)3), the basis as the caller told it. */
export const phoneHomeVisitInput = closedObject({
  requestId,
  name: text('来电人姓名', 20),
  phone,
  address: text('上门地址', 100),
  basis: z.enum(['age70', 'severeDisability']).describe('申请依据'),
  birthDate: birthDate.optional(),
  age: z.number().int().min(0).max(130).describe('年龄').optional(),
  disabilityCertNo: text('残疾人证号', 30).optional(),
  disabilityLevel: z.number().int().min(1).max(4).describe('残疾等级').optional(),
  preferredDays: z.array(ymd('希望上门的日期')).max(5).describe('希望上门的日期').optional(),
  description: text('需要帮助的事项', 300),
});

export const slotsInput = closedObject({ date: ymd('日期').optional(), from: ymd('开始日期').optional(), to: ymd('结束日期').optional() });

const confirmed = z.boolean().describe('确认发送').optional();

export const visitTimeInput = closedObject({ id: appointmentId, date: ymd('上门日期'), time: hm('上门时间'), note: text('给居民的话', 200).optional(), confirmed });

export const proposeInput = closedObject({ id: appointmentId, date: ymd('上门日期'), time: hm('上门时间'), note: text('建议的原因', 200), confirmed });

export const outcomeInput = closedObject({
  id: appointmentId, outcome: text('办理结果', 500), needsFollowUp: z.boolean().describe('是否需要后续跟进'),
});

export const absenceInput = closedObject({ date: ymd('日期'), from: hm('开始时间'), to: hm('结束时间'), reason: text('外出事由', 200) });

export const settingsInput = closedObject({
  capacityPerSlot: z.number().int().min(1).max(20).describe('每个时段可约人数').optional(),
  slotMinutes: z.number().int().min(15).max(120).refine((n) => n % 5 === 0, { message: '须为 5 的倍数' }).describe('每个时段分钟数').optional(),
  horizonDays: z.number().int().min(1).max(60).describe('可提前预约天数').optional(),
  minLeadMinutes: z.number().int().min(0).max(1440).describe('至少提前分钟数').optional(),
  why: text('修改说明', 200).optional(),
});
