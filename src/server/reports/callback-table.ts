import type ExcelJS from 'exceljs';
import { MAX_PAGE, type Store } from '../ports/store';
import type { Actor } from '../ports/identity';
import { contactFor, mayActor } from '../core/matter-access';
import { CALLBACK_METHODS, CALLBACK_REASONS, CALLBACK_STATUSES, RATING_LEVELS } from '../../shared/ratings';
import { requestDocId, type CallbackTaskDoc, type RatingRequestDoc } from '../ratings/docs';
import { partiesOfItem } from '../ratings/parties';
import { toBeijingDate } from '../../domain/beijing';
import type { CallbackDetailRow } from '../../shared/reports';

/**
 * The per-callback table of rule 十二(八): every callback of a month in detail — the item, the
 * person (whole name and phone for those the one access rule entitles, nothing for the person
 * complained about), the reasons, the rating, and each callback result. The row is the contract's
 * {@link CallbackDetailRow} (the page shows the same rows).
 */
export type { CallbackDetailRow };

/** Every callback task of `month`, by id page (index month, status, _id). */
async function tasksOf(store: Store, month: string): Promise<CallbackTaskDoc[]> {
  const out: CallbackTaskDoc[] = [];
  for (let after = ''; ;) {
    const page = await store.find<CallbackTaskDoc>('callbackTasks', { where: { month, _id: { $gt: after } }, orderBy: [['_id', 'asc']], limit: MAX_PAGE });
    out.push(...page);
    if (page.length < MAX_PAGE) return out;
    after = page[page.length - 1]._id;
  }
}

/**
 * @example (await callbackRows(store, '2026-11', directorActor))[0].phone // '13812345678'
 */
export async function callbackRows(store: Store, month: string, reader: Actor): Promise<CallbackDetailRow[]> {
  const rows: CallbackDetailRow[] = [];
  for (const t of await tasksOf(store, month)) {
    const req = await store.get<RatingRequestDoc>('ratingRequests', requestDocId(t.subject));
    const parties = await partiesOfItem(store, t);
    const entitled = mayActor(reader, parties, 'callback');
    const shown = entitled && req?.contact ? contactFor(reader, parties, req.contact) : {};
    const r = t.record;
    rows.push({
      taskId: t._id, title: entitled ? t.title : '（涉及本人的投诉，不予显示）', staff: t.staff?.name ?? '（未指定）',
      name: shown.name ?? '', phone: shown.phone ?? '',
      reasons: t.reasons.map((x) => CALLBACK_REASONS[x] ?? x).join('、'),
      rating: t.rating ? RATING_LEVELS[t.rating.level] : '', status: CALLBACK_STATUSES[t.status],
      dueDay: t.dueAt ? toBeijingDate(t.dueAt) : '', doneDay: t.doneAt ? toBeijingDate(t.doneAt) : '',
      method: r ? CALLBACK_METHODS[r.method] : '', progress: entitled ? r?.progress ?? '' : '', staffView: entitled ? r?.staffView ?? '' : '',
      opinions: entitled ? r?.opinions ?? '' : '', satisfiedNow: r ? (r.satisfiedNow ? '满意' : '不满意') : '', attempts: t.attempts.length,
    });
  }
  return rows;
}

/** @example const bytes = await callbackXlsx('2026-11', rows) */
export async function callbackXlsx(month: string, rows: CallbackDetailRow[]): Promise<Buffer> {
  const { default: Excel } = await import('exceljs');
  const wb: ExcelJS.Workbook = new Excel.Workbook();
  wb.creator = '西山镇公共法律服务工作站';
  const ws = wb.addWorksheet('回访明细');
  ws.addRow([`${month} 回访明细表`]).font = { bold: true, size: 14 };
  ws.addRow(['序号', '事项', '经办人', '当事人', '联系电话', '回访原因', '评价', '状态', '回访期限', '回访日期', '回访方式', '办理进度及结果', '对工作人员的评价', '意见和建议', '现在是否满意', '联系次数']).font = { bold: true };
  rows.forEach((r, i) => ws.addRow([i + 1, r.title, r.staff, r.name, r.phone, r.reasons, r.rating, r.status, r.dueDay, r.doneDay, r.method, r.progress, r.staffView, r.opinions, r.satisfiedNow, r.attempts]));
  ws.addRow(['合计', rows.length]).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
