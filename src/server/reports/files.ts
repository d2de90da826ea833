import { randomBytes } from 'node:crypto';
import type { Store } from '../ports/store';
import type { ReportStorage } from '../ports/report-storage';
import type { Ctx } from '../core/define';
import { AppError } from '../core/errors';
import { toBeijingDate } from '../../domain/beijing';
import { FILE_TTL_MS, type FileAnswer, type FileBytes } from '../../shared/reports';

/**
 * A generated report file kept for its maker only, `_id` 'rpt_<32 hex>'. Embedded: the bytes
 * are in the document (`base64`). CloudBase: they are in cloud storage (`cloudFileId`) and the
 * maker is answered a temporary URL that expires with the file.
 */
export interface ReportFileDoc {
  _id: string;
  ownerStaffId: string;
  name: string;
  mime: string;
  /** The file's bytes, base64 (a report is tens of KB) — embedded runtime. */
  base64?: string;
  /** The `cloud://…` fileID — CloudBase runtime. */
  cloudFileId?: string;
  createdAt: number;
  expiresAt: number;
  [field: string]: unknown;
}

export const REPORT_FILES_PATH = '/api/report-files';
export const REPORT_FILE_ID = /^rpt_[0-9a-f]{32}$/;

const extOf = (name: string) => (name.match(/\.([a-z0-9]+)$/i)?.[1] ?? 'bin').toLowerCase();

/** Logs that `who` received file `id` (a download, or in the cloud the temporary URL handed out). */
async function logTaken(store: Store, id: string, who: { staffId: string; name: string }, now: number, file: string, via: string): Promise<void> {
  await store.put('accessLog', {
    _id: `al_${randomBytes(12).toString('hex')}`, subject: `reportFile:${id}`, at: now, staffId: who.staffId, name: who.name, fields: ['file'], via, file,
  });
}

/**
 * Stores a generated file for the caller and answers where they fetch it; it expires after
 * FILE_TTL_MS. Gateway: `url` is GET `/api/report-files/<id>` with their own Authorization
 * header. CloudBase (`ctx.reportStorage`): the bytes go to cloud storage under
 * `reports/<day>/<id>.<ext>` and `url` is a temporary URL of the same lifetime — handing it out
 * is the download, and is logged then (the storage serves the bytes, not this code).
 *
 * @example const { file } = await keepFile(ctx, '2026年11月统计.xlsx', MIME.xlsx, bytes)
 */
export async function keepFile(ctx: Ctx, name: string, mime: string, bytes: Buffer, extra: { from?: string } = {}): Promise<FileAnswer> {
  const who = ctx.actor.kind === 'staff' ? { staffId: ctx.actor.staffId, name: ctx.actor.name } : { staffId: 'system', name: '系统' };
  const id = `rpt_${randomBytes(16).toString('hex')}`;
  const expiresAt = ctx.now + FILE_TTL_MS;
  const doc: ReportFileDoc = { _id: id, ownerStaffId: who.staffId, name, mime, createdAt: ctx.now, expiresAt, ...extra };
  if (!ctx.reportStorage) {
    await ctx.store.put('reportFiles', { ...doc, base64: bytes.toString('base64') });
    return { file: { id, name, mime, url: `${REPORT_FILES_PATH}/${id}`, expiresAt } };
  }
  const cloudFileId = await ctx.reportStorage.put(`reports/${toBeijingDate(ctx.now)}/${id}.${extOf(name)}`, bytes);
  await ctx.store.put('reportFiles', { ...doc, cloudFileId });
  const url = await ctx.reportStorage.tempUrl(cloudFileId, FILE_TTL_MS / 1000);
  await logTaken(ctx.store, id, who, ctx.now, name, 'reports.tempUrl');
  return { file: { id, name, mime, url, expiresAt } };
}

/** A kept file's bytes (from the document, or from cloud storage). @example (await contentOf(ctx, doc)).subarray(0, 2).toString() // 'PK' */
export async function contentOf(ctx: { reportStorage?: ReportStorage }, doc: ReportFileDoc): Promise<Buffer> {
  if (doc.base64 !== undefined) return Buffer.from(doc.base64, 'base64');
  if (!doc.cloudFileId || !ctx.reportStorage) throw new AppError('NOT_FOUND', '文件已过期或不存在，请重新生成');
  return ctx.reportStorage.get(doc.cloudFileId);
}

/**
 * The file for its owner, logging the download (who, when, which file) in `accessLog`; NOT_FOUND
 * for another person's, an unknown or an expired id (ids leak nothing).
 *
 * @example const f = await takeFile(store, 'rpt_…', { staffId: 'staff:demo-director', name: '示例·刘某' }, now)
 */
export async function takeFile(store: Store, id: string, who: { staffId: string; name: string }, now: number, storage?: ReportStorage): Promise<{ name: string; mime: string; bytes: Buffer }> {
  const doc = REPORT_FILE_ID.test(id) ? await store.get<ReportFileDoc>('reportFiles', id) : null;
  if (!doc || doc.ownerStaffId !== who.staffId || doc.expiresAt <= now) throw new AppError('NOT_FOUND', '文件已过期或不存在，请重新生成');
  const bytes = await contentOf({ reportStorage: storage }, doc);
  await logTaken(store, id, who, now, doc.name, 'reports.download');
  return { name: doc.name, mime: doc.mime, bytes };
}

/** Expired files deleted per sweep call. */
export const SWEEP_PAGE = 500;

/**
 * Deletes expired files, a page at a time (the daily sweep) — in the cloud their stored bytes
 * first, so a document is never gone while its file stays; answers how many.
 * @example await sweepFiles(store, now) // 3
 */
export async function sweepFiles(store: Store, now: number, storage?: ReportStorage): Promise<number> {
  const old = await store.find<ReportFileDoc>('reportFiles', { where: { expiresAt: { $lte: now } }, limit: SWEEP_PAGE });
  const cloud = old.map((f) => f.cloudFileId).filter((x): x is string => !!x);
  if (cloud.length && storage) for (let i = 0; i < cloud.length; i += 50) await storage.remove(cloud.slice(i, i + 50));
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
  const f = await takeFile(ctx.store, input.id, { staffId: ctx.actor.staffId, name: ctx.actor.name }, ctx.now, ctx.reportStorage);
  return { name: f.name, mime: f.mime, base64: f.bytes.toString('base64') };
}
