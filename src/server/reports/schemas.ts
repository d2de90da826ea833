import { z } from 'zod';
import { closedObject, text } from '../content/schema-kit';

/** Input schemas of `reports` (issue 14); labels are the words on the page. */
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '格式不对（例如 2026-11）' }).describe('月份');
const quarter = z.string().regex(/^\d{4}-Q[1-4]$/, { message: '格式不对（例如 2026-Q4）' }).describe('季度');
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: '格式不对（例如 2026-11-26）' }).describe('日期');
const requestId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { message: '格式不对' }).describe('请求编号');

export const dateInput = closedObject({ date });
export const monthInput = closedObject({ month });
export const quarterInput = closedObject({ quarter });
export const quarterlyReportInput = closedObject({ quarter, format: z.enum(['docx', 'xlsx']).describe('文件格式') });
export const emptyInput = closedObject({});

const item = closedObject({
  item: text('整改事项', 200),
  owner: text('责任人', 40),
  dueDate: date.describe('完成时限'),
  done: z.boolean().describe('是否完成'),
});
export const saveNotesInput = closedObject({
  quarter,
  analysis: z.string().max(5000).describe('分析意见'),
  items: z.array(item).max(50).describe('整改事项'),
});

export const submitInput = closedObject({
  kind: z.enum(['monthly', 'quarterly']).describe('报表类别'),
  period: z.string().regex(/^\d{4}-((0[1-9]|1[0-2])|Q[1-4])$/, { message: '格式不对（例如 2026-11 或 2026-Q4）' }).describe('报送期'),
  fileName: text('报送文件', 120),
  requestId,
  /** A file the director generated ('rpt_…'), kept with the submission. */
  fileId: z.string().regex(/^rpt_[0-9a-f]{32}$/, { message: '格式不对' }).describe('报送文件').optional(),
  /** Or the file they upload: its name and bytes (base64). */
  upload: closedObject({ name: text('文件名', 120), base64: z.string().min(1).max(7_000_000).describe('报送文件') }).describe('报送文件').optional(),
});
export const submittedFileInput = closedObject({
  kind: z.enum(['monthly', 'quarterly']).describe('报表类别'),
  period: z.string().regex(/^\d{4}-((0[1-9]|1[0-2])|Q[1-4])$/, { message: '格式不对（例如 2026-11 或 2026-Q4）' }).describe('报送期'),
});
export const yearInput = closedObject({ year: z.number().int().min(2000).max(2100).describe('年份') });
export const dueSettingsInput = closedObject({
  monthlyWorkingDays: z.number().int().min(1).max(20).describe('月报期限（下月第几个工作日）'),
  quarterlyWorkingDays: z.number().int().min(1).max(30).describe('季报期限（季后第几个工作日）'),
});
export const fileInput = closedObject({ id: z.string().regex(/^rpt_[0-9a-f]{32}$/, { message: '格式不对' }).describe('文件编号') });
