import type { Tx } from '../ports/store';
import type { Ctx } from '../core/define';
import { AppError } from '../core/errors';
import { SUBMITTED_FILE_MAX_BYTES, SUBMITTED_FILE_TYPES, type FileAnswer, type StoredSubmissionFile } from '../../shared/reports';
import { contentOf, keepFile, REPORT_FILE_ID, type ReportFileDoc } from './files';

/**
 * The file a report was submitted with (rule 十一(五): the director marks it submitted *with its
 * file*): either a file the director generated (`fileId`, 'rpt_…', theirs and not expired) or one
 * they uploaded (`upload` { name, base64 }: .docx / .xlsx / .pdf, at most 5 MB, checked by its
 * bytes). It is kept with the submission, without expiry, in `reportSubmissionFiles`
 * (`_id` = the submission's id), and handed out later as a fresh file for the caller.
 */
export interface SubmissionFileDoc extends StoredSubmissionFile {
  _id: string;
  /** The bytes (embedded runtime), or … */
  base64?: string;
  /** … their `cloud://` fileID (CloudBase: put in cloud storage before the transaction). */
  cloudFileId?: string;
  createdAt: number;
  by: { staffId: string; name: string };
  [field: string]: unknown;
}

/** What the caller sent with `markSubmitted`. */
export interface SubmittedFileInput {
  fileId?: string;
  upload?: { name: string; base64: string };
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const PDF = Buffer.from('%PDF');
const MAGIC: Record<keyof typeof SUBMITTED_FILE_TYPES, Buffer> = { docx: ZIP, xlsx: ZIP, pdf: PDF };

const bad = (message: string) => new AppError('VALIDATION', `「报送文件」${message}`, 'upload');

/**
 * An uploaded file checked: its type from the name's ending, confirmed by its first bytes, and
 * its size. Answers the bytes and type, or throws VALIDATION naming 「报送文件」.
 *
 * @example checkedUpload({ name: '月度统计.xlsx', base64: 'UEsDBBQ…' }) // { name, mime: '…spreadsheetml.sheet', bytes }
 */
export function checkedUpload(upload: { name: string; base64: string }): { name: string; mime: string; bytes: Buffer } {
  const ext = upload.name.toLowerCase().split('.').pop() as keyof typeof SUBMITTED_FILE_TYPES;
  const mime = SUBMITTED_FILE_TYPES[ext];
  if (!mime || !upload.name.includes('.')) throw bad('只能是 Word（.docx）、Excel（.xlsx）或 PDF 文件');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(upload.base64)) throw bad('内容读取失败，请重新选择文件');
  const bytes = Buffer.from(upload.base64, 'base64');
  if (bytes.length === 0) throw bad('是空文件，请重新选择');
  if (bytes.length > SUBMITTED_FILE_MAX_BYTES) throw bad(`太大了（不能超过 ${SUBMITTED_FILE_MAX_BYTES / 1024 / 1024} MB）`);
  if (!bytes.subarray(0, MAGIC[ext].length).equals(MAGIC[ext])) throw bad(`不是有效的 .${ext} 文件，请重新选择`);
  return { name: upload.name, mime, bytes };
}

/**
 * The bytes to keep with a submission, read before its transaction: the caller's generated file
 * or their upload (checked). Null when neither was sent (a paper submission: the name alone).
 *
 * @example await submittedBytes(ctx, { fileId: 'rpt_…' }) // { name: '月度统计_2026-10.xlsx', mime, bytes, source: 'generated' }
 */
export async function submittedBytes(ctx: Ctx, input: SubmittedFileInput): Promise<{ name: string; mime: string; bytes: Buffer; source: StoredSubmissionFile['source'] } | null> {
  if (input.fileId && input.upload) throw new AppError('VALIDATION', '「报送文件」请只选一个：生成的文件或上传的文件', 'fileId');
  if (input.upload) return { ...checkedUpload(input.upload), source: 'uploaded' };
  if (!input.fileId) return null;
  const staffId = ctx.actor.kind === 'staff' ? ctx.actor.staffId : '';
  const doc = REPORT_FILE_ID.test(input.fileId) ? await ctx.store.get<ReportFileDoc>('reportFiles', input.fileId) : null;
  if (!doc || doc.ownerStaffId !== staffId || doc.expiresAt <= ctx.now) {
    throw new AppError('VALIDATION', '「报送文件」已过期或不存在，请重新生成后再登记报送', 'fileId');
  }
  return { name: doc.name, mime: doc.mime, bytes: await contentOf(ctx, doc), source: 'generated' };
}

export type SubmittedBytes = NonNullable<Awaited<ReturnType<typeof submittedBytes>>>;

/**
 * In the cloud, puts the file in cloud storage before markSubmitted's transaction (a storage call
 * cannot be part of it; an aborted transaction leaves an unreferenced copy, never a reference to
 * nothing). Answers where the bytes are to be kept.
 */
export async function placeSubmittedFile(ctx: Pick<Ctx, 'reportStorage' | 'now'>, submissionId: string, file: SubmittedBytes): Promise<{ base64: string } | { cloudFileId: string }> {
  if (!ctx.reportStorage) return { base64: file.bytes.toString('base64') };
  const ext = file.name.toLowerCase().split('.').pop();
  const path = `report-submissions/${submissionId.replace(/:/g, '-')}-${ctx.now}.${ext}`;
  return { cloudFileId: await ctx.reportStorage.put(path, file.bytes) };
}

/** Writes the kept file inside markSubmitted's transaction (its id is the submission's). */
export async function keepSubmittedFile(tx: Tx, submissionId: string, file: SubmittedBytes, placed: { base64: string } | { cloudFileId: string }, by: SubmissionFileDoc['by'], now: number): Promise<StoredSubmissionFile> {
  const stored: StoredSubmissionFile = { name: file.name, mime: file.mime, size: file.bytes.length, source: file.source };
  await tx.put('reportSubmissionFiles', { _id: submissionId, ...stored, ...placed, createdAt: now, by });
  return stored;
}

/**
 * `submittedFile` { kind, period }: the file a report was submitted with, as a fresh file for the
 * caller (expiring, downloaded like any generated file, every download logged). NOT_FOUND when
 * the period was not submitted with a file.
 *
 * @example await submittedFile(ctx, { kind: 'monthly', period: '2026-10' }) // { file: { name: '月度统计_2026-10.xlsx', url, … } }
 */
export async function submittedFile(ctx: Ctx, input: { kind: 'monthly' | 'quarterly'; period: string }): Promise<FileAnswer> {
  const doc = await ctx.store.get<SubmissionFileDoc>('reportSubmissionFiles', `sub:${input.kind}:${input.period}`);
  if (!doc) throw new AppError('NOT_FOUND', '这一期没有留存报送文件');
  const bytes = doc.base64 !== undefined ? Buffer.from(doc.base64, 'base64') : await contentOf(ctx, { ...doc, ownerStaffId: '', expiresAt: 0 });
  return keepFile(ctx, doc.name, doc.mime, bytes, { from: doc._id });
}
