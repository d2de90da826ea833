import { z } from 'zod';
import { closedObject, optionalText, phoneField, text, ymd } from '../content/schema-kit';
import { CHANNELS, COMPLAINT_SCOPES, GUIDANCE_TOPICS, ONLINE_TICKET_TYPES, TICKET_STATUSES, TICKET_TYPES, type OnlineTicketType } from '../../shared/tickets';

/** Keys of a label record as a zod enum. */
const keysOf = <K extends string>(labels: Record<K, string>) => z.enum(Object.keys(labels) as [K, ...K[]]);

/** A phone number by the one phone rule (src/domain/phone.ts): mobile, or landline with area code. */
export const phone = (label = '联系电话') => phoneField(label);

/** An optional phone: an empty string counts as not given. */
const optionalPhone = () => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), phone().optional()).describe('联系电话');

export const ticketId = z.string().regex(/^tk_[0-9a-f]{24}$/, { message: '格式不对' }).describe('事项编号');
export const requestId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { message: '格式不对' }).describe('请求编号');
const scope = keysOf(COMPLAINT_SCOPES).describe('投诉事项类别');
/** A letter photo: an embedded file id (`f_` + 32 hex, from POST /api/files) or a CloudBase `cloud://…` fileID. */
export const photoId = z.string().max(300).regex(/^(f_[0-9a-f]{32}|cloud:\/\/[^\s<>"]+)$/, { message: '不是上传得到的照片编号' }).describe('信件照片');
const photoIds = z.array(photoId).max(9).describe('信件照片');

export const submitInput = closedObject({
  type: z.enum(ONLINE_TICKET_TYPES as [OnlineTicketType, ...OnlineTicketType[]]).describe('类型'),
  content: text('内容', 2000),
  name: optionalText('姓名', 30),
  phone: optionalPhone(),
  complaint: closedObject({ scope, respondentName: optionalText('被投诉人', 30) }).describe('投诉信息').optional(),
  requestId,
});

const contact = closedObject({ name: optionalText('姓名', 30), phone: optionalPhone() }).describe('联系人');

export const registerInput = closedObject({
  requestId,
  channel: z.enum(['walkIn', 'phone', 'letter', 'transferred']).describe('来源'),
  type: keysOf(TICKET_TYPES).describe('类型'),
  topic: keysOf(GUIDANCE_TOPICS).describe('引导事项').optional(),
  content: text('内容', 2000),
  contact,
  complaint: closedObject({
    scope,
    respondentName: optionalText('被投诉人', 30),
    respondentStaffId: z.string().min(1).max(100).describe('被投诉人').optional(),
  }).describe('投诉信息').optional(),
  transferredFrom: closedObject({
    department: text('转来部门', 60),
    dueDate: z.string().max(10).describe('回复期限').optional(), // required and checked by transferDueProblem, naming 「回复期限」
    reference: optionalText('来文编号', 60),
  }).describe('转来部门').optional(),
  letterPhotoIds: photoIds.optional(),
  answeredOnSpot: optionalText('当场解答', 2000),
  confirmed: z.boolean().describe('确认发送').optional(), // issue 9 §3: the on-the-spot answer reaches the resident
});

export const letterInput = closedObject({
  type: z.enum(['complaint', 'suggestion', 'praise']).describe('类型').optional(),
  content: text('信件内容', 2000),
  name: optionalText('姓名', 30),
  phone: optionalPhone(),
  scope: scope.optional(),
  respondentName: optionalText('被投诉人', 30),
  photoIds: photoIds.optional(),
});

export const mailboxInput = closedObject({
  requestId,
  letters: z.array(letterInput).min(1).max(50).describe('信件'),
});

export const inboxInput = closedObject({
  type: keysOf(TICKET_TYPES).describe('类型').optional(),
  status: keysOf(TICKET_STATUSES).describe('状态').optional(),
  limit: z.number().int().min(1).max(100).describe('条数').optional(),
  after: z.string().max(200).describe('翻页位置').optional(),
});

export const mineInput = closedObject({
  limit: z.number().int().min(1).max(50).describe('条数').optional(),
  after: z.string().max(200).describe('翻页位置').optional(),
});

export const idInput = closedObject({ id: ticketId });
/** issue 10: a photo the mini-program uploaded to cloud storage itself. */
export const photoUploadedInput = closedObject({ fileId: z.string().max(300).describe('照片') });
export const replyInput = closedObject({ id: ticketId, text: text('答复内容', 2000), confirmed: z.boolean().describe('确认发送').optional(), requestId: requestId.optional() });
export const handOnInput = closedObject({ id: ticketId, toStaffId: z.string().min(1).max(100).describe('转交给'), note: text('转交说明', 500) });
export const closeInput = closedObject({
  id: ticketId,
  result: text('办理结果', 2000),
  outOfScope: closedObject({ explanation: text('解释说明', 1000), whereToGo: text('告知去向', 300) }).describe('不属于本站职能').optional(),
  confirmed: z.boolean().describe('确认发送').optional(),
});
export const noticeInput = closedObject({
  id: ticketId,
  guideKey: z.string().regex(/^guide:[a-z0-9-]{1,40}$/, { message: '格式不对' }).describe('办事指南'),
  extra: optionalText('补充说明', 1000),
  oral: z.boolean().describe('口头告知').optional(),
  confirmed: z.boolean().describe('确认发送').optional(),
  requestId: requestId.optional(),
});
export const delayInput = closedObject({ id: ticketId, reason: text('延期原因', 500), expectedBy: ymd('预计答复日期'), confirmed: z.boolean().describe('确认发送').optional(), requestId: requestId.optional() });
export const majorInput = closedObject({ id: ticketId, reason: text('重大投诉理由', 500) });
export const transferReplyInput = closedObject({ id: ticketId, replyText: text('回复内容', 2000), requestId: requestId.optional() });
export const rangeInput = closedObject({ from: ymd('开始日期'), to: ymd('结束日期') });
export const emptyInput = closedObject({});

/** What the services receive: the schemas' own output types (never `input as X`). */
export type SubmitInput = z.infer<typeof submitInput>;
export type RegisterInput = z.infer<typeof registerInput>;
export type MailboxInput = z.infer<typeof mailboxInput>;
export type InboxQuery = z.infer<typeof inboxInput>;

/** Channel ids, for messages. */
export { CHANNELS };
