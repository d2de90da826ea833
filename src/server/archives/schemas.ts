import { z } from 'zod';
import { closedObject, optionalText, text, ymd } from '../content/schema-kit';
import { isLetterPeriod, isMonth } from '../../domain/archives';
import { REVIEW_STEPS } from './steps';
import type { ReviewStep } from '../../shared/archives';

const volumeId = z.string().regex(/^vol:[a-zA-Z]+:[0-9A-Za-z_-]{4,64}$/, { message: '格式不对' }).describe('案卷');
const retentionYears = z.union([z.literal(0), z.literal(10), z.literal(30)]).describe('保管期限');
const offset = z.number().int().min(0).max(1_000_000).optional().describe('翻页位置');

export const emptyInput = closedObject({});
export const monthInput = closedObject({
  month: z.string().refine(isMonth, { message: '请选择要组卷的月份（格式：2026-11）' }).describe('组卷月份'),
});
export const lettersInput = closedObject({
  period: z.string().trim().toUpperCase().refine(isLetterPeriod, { message: '请填写来信立卷期间：半年如 2026-H1（上半年）、2026-H2（下半年），一年如 2026' }).describe('立卷期间'),
});
export const handOverInput = closedObject({
  half: z.string().trim().toUpperCase().regex(/^20\d\d-H[12]$/, { message: '请填写要送交的半年，如 2026-H2（下半年）' }).describe('送交的半年'),
});
export const caseFileInput = closedObject({
  applicationId: z.string().regex(/^la_[0-9A-Za-z_-]{4,60}$/, { message: '格式不对' }).describe('法律援助申请'),
});
export const pageInput = closedObject({ offset });
export const volumesInput = closedObject({
  category: z.enum(['consultation', 'legalAid', 'administration']).optional().describe('门类'),
  status: z.enum(['building', 'handedIn', 'returned', 'passed', 'bound', 'directorReviewed', 'filed', 'handedOver', 'appraisalProposed', 'approved', 'destroyed']).optional().describe('状态'),
});
export const volumeInput = closedObject({ volumeId, offset });
export const stepInput = closedObject({
  volumeId, step: z.enum(REVIEW_STEPS as [ReviewStep, ...ReviewStep[]]).describe('办理步骤'), note: optionalText('说明', 200),
}).superRefine((v, ctx) => {
  if (v.step === 'return' && !v.note) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['note'], message: '请写明需要补正的内容' });
});
export const lookupInput = closedObject({ volumeId, purpose: text('查阅目的', 100), offset });
export const lookupsInput = closedObject({ volumeId: volumeId.optional() });
export const appraisalInput = closedObject({ volumeId, opinion: text('鉴定意见', 300) });
export const approvalInput = closedObject({
  volumeId, approver: text('批准机关', 60), documentNo: text('批准文号', 60), date: ymd('批准日期'),
});
export const destroyInput = closedObject({ volumeId, approvalRef: text('批准文号', 60) });
export const settingsInput = closedObject({
  fonds: z.string().trim().toUpperCase().optional().describe('全宗号'),
  retention: closedObject({
    consultation: retentionYears.optional(), legalAid: retentionYears.optional(), administration: retentionYears.optional(),
  }).optional().describe('保管期限'),
  letterFiling: z.enum(['halfYearly', 'yearly']).optional().describe('来信归档周期'),
  why: optionalText('修改原因', 200),
});
