import { randomBytes } from 'node:crypto';
import type { Store } from '../ports/store';
import type { Ctx } from '../core/define';
import { AppError } from '../core/errors';
import { FILE_TTL_MS, type FileAnswer, type FileBytes } from '../../shared/reports';

/** A generated report file kept for its maker only, `_id` 'rpt_<32 hex>'. */
export interface ReportFileDoc {
  _id: string;
  ownerStaffId: string;
  name: string;
  mime: string;
  /** The file's bytes, base64 (a report is tens of KB). */
  base64: string;
  createdAt: number;
  expiresAt: number;
  [field: string]: unknown;
}

export const REPORT_FILES_PATH = '/api/report-files';
export const REPORT_FILE_ID = /^rpt_[0-9a-f]{32}$/;

/**
 * Stores a generated file for the caller and answers where they fetch it (gateway: GET
 * `/api/report-files/<id>` with their own Authorization header; it expires after FILE_TTL_MS).
 *
 * @example const { file } = await keepFile(ctx, '2026年11月统计.xlsx', MIME.xlsx, bytes)
 */
export async function keepFile(ctx: Ctx, name: string, mime: string, bytes: Buffer, extra: { from?: string } = {}): Promise<FileAnswer> {
  const staffId = ctx.actor.kind === 'staff' ? ctx.actor.staffId : 'system';
  const id = `rpt_${randomBytes(16).toString('hex')}`;
  const expiresAt = ctx.now + FILE_TTL_MS;
  await ctx.store.put('reportFiles', { _id: id, ownerStaffId: staffId, name, mime, base64: bytes.toString('base64'), createdAt: ctx.now, expiresAt, ...extra });
  return { file: { id, name, mime, url: `${REPORT_FILES_PATH}/${id}`, expiresAt } };
}

/** A kept file's bytes. @example (await contentOf(ctx, doc)).subarray(0, 2).toString() // 'PK' */
export async function contentOf(_ctx: Pick<Ctx, 'store'>, doc: ReportFileDoc): Promise<Buffer> {
  return Buffer.from(doc.base64, 'base64');
}

/**
 * The file for its owner, logging the download (who, when, which file) in `accessLog`; NOT_FOUND
 * for another person's, an unknown or an expired id (ids leak nothing).
 *
 * @example const f = await takeFile(store, 'rpt_…', { staffId: 'staff:demo-director', name: '示例·刘某' }, now)
 */
export async function takeFile(store: Store, id: string, who: { staffId: string; name: string }, now: number): Promise<{ name: string; mime: string; bytes: Buffer }> {
  const doc = REPORT_FILE_ID.test(id) ? await store.get<ReportFileDoc>('reportFiles', id) : null;
  if (!doc || doc.ownerStaffId !== who.staffId || doc.expiresAt <= now) throw new AppError('NOT_FOUND', '文件已过期或不存在，请重新生成');
  await store.put('accessLog', {
    _id: `al_${randomBytes(12).toString('hex')}`, subject: `reportFile:${id}`, at: now, staffId: who.staffId, name: who.name, fields: ['file'], via: 'reports.download', file: doc.name,
  });
  return { name: doc.name, mime: doc.mime, bytes: Buffer.from(doc.base64, 'base64') };
}

/** Expired files deleted per sweep call. */
export const SWEEP_PAGE = 500;

/** Deletes expired files, a page at a time (the daily sweep); answers how many. @example await sweepFiles(store, now) // 3 */
export async function sweepFiles(store: Store, now: number): Promise<number> {
  const old = await store.find<ReportFileDoc>('reportFiles', { where: { expiresAt: { $lte: now } }, limit: SWEEP_PAGE });
  for (const f of old) await store.remove('reportFiles', f._id);
  return old.length;
}

/**
 * The file's bytes for its maker (the mini-program writes them to its user folder and opens
 * them with `openDocument`); the download is logged like a gateway GET.
 * @example await fileBytes(ctx, { id: 'rpt_…' }) // { name: '月度统计_2026-11.xlsx', mime, base64: 'UEsDB…' }
 */
export async function fileBytes(ctx: Ctx, input: { id: string }): Promise<FileBytes> {
  if (ctx.actor.kind !== 'staff') throw new AppError('NOT_FOUND', '文件已过期或不存在，请重新生成');
  const f = await takeFile(ctx.store, input.id, { staffId: ctx.actor.staffId, name: ctx.actor.name }, ctx.now);
  return { name: f.name, mime: f.mime, base64: f.bytes.toString('base64') };
}
