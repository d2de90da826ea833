import { z } from 'zod';
import { closedObject, optionalText, text } from '../content/schema-kit';
import { CALLBACK_METHODS, CALLBACK_REASONS, CALLBACK_STATUSES, RATING_ASPECTS, RATING_LEVELS } from '../../shared/ratings';
import { isMonth } from '../../domain/ratings/month';

/** Keys of a label record as a zod enum. */
const keysOf = <K extends string>(labels: Record<K, string>) => z.enum(Object.keys(labels) as [K, ...K[]]);

export const subject = closedObject({
  type: z.enum(['ticket', 'appointment', 'legalAid']).describe('事项类型'),
  id: z.string().regex(/^[A-Za-z0-9_:-]{1,100}$/, { message: '格式不对' }).describe('事项编号'),
}).describe('评价的事项');

const level = keysOf(RATING_LEVELS).describe('满意度');
const aspects = z.array(keysOf(RATING_ASPECTS).describe('评价方面')).max(3).describe('评价方面').optional();
const comment = optionalText('评价意见', 500);
const requestId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { message: '格式不对' }).describe('请求编号');
const month = z.string().refine(isMonth, { message: '不是有效的月份（格式：2026-10）' }).describe('月份');

export const emptyInput = closedObject({});
export const subjectInput = closedObject({ subject });
export const rateInput = closedObject({ subject, level, aspects, comment, requestId });
export const commentInput = closedObject({ ratingId: z.string().min(1).max(200).describe('评价编号'), text: text('追加评论', 500), requestId: requestId.optional() });
export const recordRatingInput = closedObject({ subject, level, aspects, comment, source: z.enum(['windowDevice', 'phone']).describe('评价来源') });
export const callbacksInput = closedObject({
  status: keysOf(CALLBACK_STATUSES).describe('状态').optional(),
  reason: keysOf(CALLBACK_REASONS).describe('回访原因').optional(),
  limit: z.number().int().min(1).max(100).describe('条数').optional(),
  after: z.string().max(20).describe('翻页位置').optional(),
});
export const taskInput = closedObject({ taskId: z.string().min(1).max(200).describe('回访任务') });
export const recordCallbackInput = closedObject({
  taskId: z.string().min(1).max(200).describe('回访任务'),
  method: keysOf(CALLBACK_METHODS).describe('回访方式'),
  reached: z.boolean().describe('是否联系上'),
  progress: optionalText('业务办理的进度及结果', 1000),
  staffView: optionalText('对工作人员的评价', 1000),
  opinions: optionalText('意见和建议', 1000),
  satisfiedNow: z.boolean().describe('现在是否满意').optional(),
  note: optionalText('备注', 500),
  requestId: requestId.optional(),
});
export const monthInput = closedObject({ month });
export const callbackSettingsInput = closedObject({
  workingDays: z.number().int().min(1).max(15).describe('回访期限（工作日）'),
  why: optionalText('修改原因', 200),
});
