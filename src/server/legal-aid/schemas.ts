import { z } from 'zod';
import { closedObject, text, ymd } from '../content/schema-kit';
import { phone } from '../tickets/schemas';
import { isIdNumber } from '../../domain/legal-aid/queue';
import {
  CASE_RESULTS, GREEN_GROUPS, HARDSHIP_BASES, LEGAL_AID_STATUSES, MATTER_KINDS, PROGRESS_KINDS, TERMINATION_REASONS, WORKER_KINDS,
} from '../../shared/legal-aid';

/** Keys of a label record as a zod enum. */
const keysOf = <K extends string>(labels: Record<K, string>) => z.enum(Object.keys(labels) as [K, ...K[]]);
const optionalText = (label: string, max: number) => z.string().trim().max(max).describe(label).optional().transform((v) => (v ? v : undefined));
/** An optional field where an empty string counts as not given. */
const blankAsMissing = <S extends z.ZodTypeAny>(s: S) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), s.optional());

export const applicationId = z.string().regex(/^la_[0-9a-f]{24}$/, { message: '格式不对' }).describe('申请编号');
export const requestId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { message: '格式不对' }).describe('请求编号');
const photoId = z.string().max(300).regex(/^(f_[0-9a-f]{32}|cloud:\/\/[^\s<>"]+)$/, { message: '不是上传得到的照片编号' }).describe('材料照片');
const photoIds = z.array(photoId).max(9).describe('材料照片');

const idNumber = z.string().trim().toUpperCase().refine(isIdNumber, { message: '不是有效的18位身份证号，请核对' }).describe('身份证号');

/** A birth date 'YYYY-MM-DD' from 1900 on (schema-kit's ymd is for the station's own days, 2000–2099). */
const birthDate = z.string().refine((v) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m || +m[1] < 1900) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}, { message: '不是有效的日期（格式：1950-03-01）' }).describe('出生日期');

const applicant = closedObject({
  name: text('申请人姓名', 30),
  phone: phone('联系电话'),
  idNumber: blankAsMissing(idNumber).describe('身份证号'),
  birthDate: blankAsMissing(birthDate).describe('出生日期'),
}).describe('申请人');

const matter = closedObject({
  kind: keysOf(MATTER_KINDS).describe('案件类型'),
  summary: text('案情简述', 2000),
  opponent: optionalText('对方当事人', 60),
}).describe('申请事项');

const shape = {
  requestId,
  applicant,
  groups: z.array(keysOf(GREEN_GROUPS).describe('绿色通道人群')).max(6).describe('绿色通道人群'),
  matter,
  hardship: keysOf(HARDSHIP_BASES).describe('经济困难免审'),
  declaration: closedObject({
    income: text('家庭经济情况', 500),
    promise: z.literal(true).describe('诚信承诺'),
  }).describe('个人诚信承诺').optional(),
  urgent: z.boolean().describe('先行提供法律援助').optional(),
  urgentReason: optionalText('紧急情况说明', 300),
  photoIds: photoIds.optional(),
};

export const applyInput = closedObject({ ...shape, relation: optionalText('与申请人的关系', 20) });
export const registerInput = closedObject({ ...shape, channel: z.enum(['walkIn', 'phone']).describe('申请方式') });

export const idInput = closedObject({ id: applicationId });
export const emptyInput = closedObject({});

export const queueInput = closedObject({
  status: keysOf(LEGAL_AID_STATUSES).describe('状态').optional(),
  green: z.boolean().describe('只看绿色通道').optional(),
  mine: z.boolean().describe('只看我承办的').optional(),
  limit: z.number().int().min(1).max(100).describe('条数').optional(),
  after: z.string().max(200).describe('翻页位置').optional(),
});

export const boardInput = closedObject({ date: ymd('日期').optional() });

export const materialsInput = closedObject({
  id: applicationId,
  items: z.array(text('需补充的材料', 100)).min(1).max(20).describe('需补充的材料'),
  dueDate: ymd('补充期限'),
  note: optionalText('说明', 500),
});

export const supplyInput = closedObject({ id: applicationId, photoIds: photoIds.optional(), note: optionalText('补充说明', 500) });
export const withdrawInput = closedObject({ id: applicationId, reason: optionalText('撤回原因', 300) });

export const decideInput = closedObject({
  id: applicationId,
  grant: z.boolean().describe('是否给予法律援助'),
  reason: optionalText('不予法律援助的理由', 500),
});

export const assignInput = closedObject({ id: applicationId, workerId: z.string().regex(/^law_[0-9a-z]{1,32}$/, { message: '格式不对' }).describe('法律援助人员') });

export const progressInput = closedObject({
  id: applicationId,
  kind: keysOf(PROGRESS_KINDS).describe('进展类型'),
  at: z.number().int().min(0).describe('时间').optional(),
  text: text('进展内容', 1000),
});

export const closeInput = closedObject({ id: applicationId, result: keysOf(CASE_RESULTS).describe('结案结果'), report: text('结案报告', 3000) });

export const terminateInput = closedObject({ id: applicationId, reason: keysOf(TERMINATION_REASONS).describe('终止原因'), explanation: text('终止说明', 1000) });

export const documentInput = closedObject({ id: applicationId, documentId: z.string().regex(/^lad_[0-9a-z_]{1,80}$/, { message: '格式不对' }).describe('文书') });

export const saveWorkerInput = closedObject({
  id: z.string().regex(/^law_[0-9a-z]{1,32}$/, { message: '格式不对' }).describe('人员编号').optional(),
  name: text('姓名', 30),
  organisation: text('所在单位', 60),
  kind: keysOf(WORKER_KINDS).describe('人员类别'),
  phone: phone('联系电话'),
  staffId: z.string().min(1).max(100).describe('工作人员账号').optional(),
  active: z.boolean().describe('在册').optional(),
});

export type ApplyInput = z.infer<typeof applyInput>;
export type RegisterInput = z.infer<typeof registerInput>;
