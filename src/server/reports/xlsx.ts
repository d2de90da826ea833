import type ExcelJS from 'exceljs';
import { CHANNELS, COMPLAINT_SCOPES, TICKET_STATUSES, TICKET_TYPES } from '../../shared/tickets';
import { MAJOR_CASE_KINDS, type DailyRegister, type MajorCase, type MonthlyFigures } from '../../shared/reports';
import type { QuarterFigures } from './quarterly';

/**
 * The report workbooks (.xlsx, exceljs): the day's register, the month's figures, the quarter's
 * figures. Labels are the station's words; numbers are numbers (Excel can sum them).
 */

const HEAD = { bold: true } as const;
const TITLE = { bold: true, size: 14 } as const;

async function workbook(): Promise<ExcelJS.Workbook> {
  // loaded on first use: exceljs is most of the bundle, and a cold start should not pay for it
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  wb.creator = '西山镇公共法律服务工作站';
  return wb;
}

const bytesOf = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());
const pct = (n: number | null) => (n === null ? '—' : `${n}%`);

/**
 * @example const bytes = await registerXlsx(await dailyRegister(ctx, { date })); // Buffer 'PK…'
 */
export async function registerXlsx(reg: DailyRegister): Promise<Buffer> {
  const wb = await workbook();
  const ws = wb.addWorksheet('来访来电登记表');
  ws.columns = [{ width: 6 }, { width: 8 }, { width: 22 }, { width: 12 }, { width: 10 }, { width: 14 }, { width: 40 }, { width: 12 }, { width: 30 }];
  ws.addRow([`来访来电登记表（${reg.date}）`]).font = TITLE;
  ws.addRow(['序号', '时间', '类别', '方式', '姓名', '电话', '事由', '首问责任人', '办理结果']).font = HEAD;
  reg.rows.forEach((r, i) => ws.addRow([i + 1, r.time, r.category, r.channel, r.name, r.phone, r.summary, r.receivedBy, r.outcome]));
  ws.addRow(['合计', reg.rows.length]).font = HEAD;
  return bytesOf(wb);
}

/** One "label, count" table with a title. */
function countTable(ws: ExcelJS.Worksheet, title: string, labels: Record<string, string>, counts: Record<string, number>): void {
  ws.addRow([]);
  ws.addRow([title, '件数']).font = HEAD;
  for (const [k, label] of Object.entries(labels)) ws.addRow([label, counts[k] ?? 0]);
}

/** The month's figures on a sheet. */
function monthSheet(ws: ExcelJS.Worksheet, f: MonthlyFigures): void {
  ws.columns = [{ width: 30 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 14 }];
  ws.addRow([`${f.month} 月度统计`]).font = TITLE;
  ws.addRow(['受理总数', f.total]);
  countTable(ws, '按类别', TICKET_TYPES, f.byType);
  countTable(ws, '按方式', CHANNELS, f.byChannel);
  countTable(ws, '按办理状态', TICKET_STATUSES, f.byOutcome);
  ws.addRow([]);
  ws.addRow(['限时办结', '已办结', '按时', '超时', '按时率']).font = HEAD;
  ws.addRow(['5 个工作日内答复', f.onTime.closed, f.onTime.onTime, f.onTime.late, pct(f.onTime.rate)]);
  countTable(ws, '投诉按范围', COMPLAINT_SCOPES, f.complaintsByScope);
  ws.addRow(['重大投诉（已报县局）', f.majorComplaints]);
  ws.addRow([]);
  ws.addRow(['服务评价', '件数', '占比']).font = HEAD;
  ws.addRow(['满意', f.ratings.satisfied, pct(f.ratings.shares.satisfied)]);
  ws.addRow(['基本满意', f.ratings.basic, pct(f.ratings.shares.basic)]);
  ws.addRow(['不满意', f.ratings.unsatisfied, pct(f.ratings.shares.unsatisfied)]);
  ws.addRow([]);
  ws.addRow(['回访', '已回访', '待回访']).font = HEAD;
  ws.addRow(['本月回访', f.callbacks.done, f.callbacks.owed]);
  ws.addRow([]);
  ws.addRow(['法律援助', '申请', '给予援助', '不予援助', '终止援助']).font = HEAD;
  ws.addRow(['本月申请', f.legalAid.applied, f.legalAid.granted, f.legalAid.denied, f.legalAid.terminated]);
  ws.addRow(['上门服务申请', f.homeVisits]);
  ws.addRow(['预约办事', f.bookings]);
  ws.addRow([]);
  ws.addRow(['分流交办（3 日内答复）', '交办件次', '按时受理', '超期受理', '不予受理', '超期未答复', '按时受理率']).font = HEAD;
  ws.addRow(['本月交办', f.referrals.referred, f.referrals.acceptedOnTime, f.referrals.acceptedLate, f.referrals.declined, f.referrals.unansweredLate, pct(f.referrals.rate)]);
  ws.addRow(['交办失败', '合计', '不予受理', '超过交办时限', '引导其他途径']).font = HEAD;
  ws.addRow(['本月交办失败', f.failedReferrals.total, f.failedReferrals.declined, f.failedReferrals.overdue, f.failedReferrals.closedWithGuidance]);
  ws.addRow(['绿色通道（五个当天）', '申请', '当天办结', '未当天办结', '当天办结率']).font = HEAD;
  ws.addRow(['本月绿色通道', f.greenChannel.applied, f.greenChannel.sameDay, f.greenChannel.late, pct(f.greenChannel.rate)]);
  ws.addRow([]);
  ws.addRow(['比较', '本月', '对比月', '增减', '增减率']).font = HEAD;
  ws.addRow([`环比（${f.compare.previousMonth.month}）`, f.total, f.compare.previousMonth.total.base, f.compare.previousMonth.total.diff, pct(f.compare.previousMonth.total.percent)]);
  ws.addRow([`同比（${f.compare.sameMonthLastYear.month}）`, f.total, f.compare.sameMonthLastYear.total.base, f.compare.sameMonthLastYear.total.diff, pct(f.compare.sameMonthLastYear.total.percent)]);
  ws.addRow([]);
  ws.addRow(['类别 × 方式 × 状态', '件数']).font = HEAD;
  for (const c of f.cross) ws.addRow([`${TICKET_TYPES[c.type as keyof typeof TICKET_TYPES]} / ${CHANNELS[c.channel as keyof typeof CHANNELS]} / ${TICKET_STATUSES[c.status as keyof typeof TICKET_STATUSES]}`, c.count]);
  ws.addRow([]);
  for (const n of f.notes) ws.addRow([`说明：${n}`]);
}

/** @example const bytes = await monthlyXlsx(await monthlyFigures(store, '2026-11')) */
export async function monthlyXlsx(f: MonthlyFigures): Promise<Buffer> {
  const wb = await workbook();
  monthSheet(wb.addWorksheet('月度统计'), f);
  return bytesOf(wb);
}

/** The quarter's major and complex cases (rule 十一(三)), one row each. */
function caseSheet(ws: ExcelJS.Worksheet, quarter: string, cases: MajorCase[]): void {
  ws.columns = [{ width: 22 }, { width: 12 }, { width: 12 }, { width: 50 }, { width: 14 }, { width: 12 }];
  ws.addRow([`${quarter} 重大复杂案件`]).font = TITLE;
  ws.addRow(['类别', '日期', '事项', '情况', '经办人', '状态']).font = HEAD;
  for (const c of cases) ws.addRow([MAJOR_CASE_KINDS[c.kind], c.date, c.category, c.summary, c.handler, c.status]);
  ws.addRow(['合计', cases.length]).font = HEAD;
}

/** The quarter: a summary sheet (per month and total), then one sheet per month. */
export async function quarterlyXlsx(q: QuarterFigures, cases: MajorCase[] = []): Promise<Buffer> {
  const wb = await workbook();
  const ws = wb.addWorksheet('季度汇总');
  ws.columns = [{ width: 30 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 12 }];
  ws.addRow([`${q.quarter} 季度统计`]).font = TITLE;
  ws.addRow(['项目', ...q.months.map((m) => m.month), '合计']).font = HEAD;
  ws.addRow(['受理总数', ...q.months.map((m) => m.total), q.total]);
  for (const [k, label] of Object.entries(TICKET_TYPES)) ws.addRow([label, ...q.months.map((m) => m.byType[k] ?? 0), q.byType[k] ?? 0]);
  for (const [k, label] of Object.entries(CHANNELS)) ws.addRow([label, ...q.months.map((m) => m.byChannel[k] ?? 0), q.byChannel[k] ?? 0]);
  ws.addRow(['按时办结', ...q.months.map((m) => m.onTime.onTime), q.onTime.onTime]);
  ws.addRow(['超时办结', ...q.months.map((m) => m.onTime.late), q.onTime.late]);
  ws.addRow(['投诉', ...q.months.map((m) => m.byType.complaint ?? 0), q.byType.complaint ?? 0]);
  ws.addRow(['法律援助申请', ...q.months.map((m) => m.legalAid.applied), q.legalAid.applied]);
  ws.addRow(['上门服务申请', ...q.months.map((m) => m.homeVisits), q.homeVisits]);
  ws.addRow(['已回访', ...q.months.map((m) => m.callbacks.done), q.callbacks.done]);
  ws.addRow(['分流交办（件次）', ...q.months.map((m) => m.referrals.referred), q.referrals.referred]);
  ws.addRow(['3 日内受理', ...q.months.map((m) => m.referrals.acceptedOnTime), q.referrals.acceptedOnTime]);
  ws.addRow(['交办按时受理率', ...q.months.map((m) => pct(m.referrals.rate)), pct(q.referrals.rate)]);
  ws.addRow(['交办失败', ...q.months.map((m) => m.failedReferrals.total), q.failedReferrals.total]);
  ws.addRow(['绿色通道申请', ...q.months.map((m) => m.greenChannel.applied), q.greenChannel.applied]);
  ws.addRow(['「五个当天」办结', ...q.months.map((m) => m.greenChannel.sameDay), q.greenChannel.sameDay]);
  ws.addRow(['当天办结率', ...q.months.map((m) => pct(m.greenChannel.rate)), pct(q.greenChannel.rate)]);
  ws.addRow([]);
  ws.addRow([`上季度（${q.previous.quarter}）受理总数`, q.previous.total]);
  caseSheet(wb.addWorksheet('重大复杂案件'), q.quarter, cases);
  for (const m of q.months) monthSheet(wb.addWorksheet(m.month), m);
  return bytesOf(wb);
}
