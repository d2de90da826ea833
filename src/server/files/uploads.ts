import { AppError } from '../core/errors';
import { beijingInstant, toBeijingDate } from '../../domain/beijing';
import { photoRefusal, residentPhotoRefusal, UNREFERENCED_PHOTO_TTL_MS } from '../../domain/limits';
import { FILE_ID, type FileStore } from '../ports/files';
import type { Doc, Store, Tx } from '../ports/store';
import { createHash } from 'node:crypto';

/** A photo uploaded through the gateway; `referenced` once a ticket or application keeps it. */
export interface UploadDoc extends Doc {
  kind: 'upload';
  /** A staffId (`staff:…`), or `resident:<openid>` for a resident's material photo (issue 11). */
  uploadedBy: string;
  uploadedAt: number;
  referenced: boolean;
  /** A cloud photo's fileID (its record's `_id` is a hash of it: see uploadRecordId). */
  fileId?: string;
  /** issue 11: the matter that kept it first (`legalAid:la_…`); absent for letters and study notes. */
  subject?: string;
}

/**
 * A photo the mini-program put in cloud storage itself (src/api/upload.ts):
 * `cloud://<env>.<bucket>/letters/<YYYY-MM-DD>/<random>.<jpg|png|webp>`.
 */
export const CLOUD_PHOTO_ID = /^cloud:\/\/[A-Za-z0-9._-]+\/letters\/(\d{4}-\d{2}-\d{2})\/[a-z0-9]+\.(jpg|png|webp)$/;

/**
 * The `fileUploads` record of a photo: the gateway's `f_…` id itself, a hash of a cloud photo's
 * fileID (`c_` and 32 hex digits: a fileID holds slashes), or null for anything else.
 *
 * @example uploadRecordId('f_0123456789abcdef0123456789abcdef') // the same id
 * uploadRecordId('cloud://env.bucket/letters/2026-11-26/k3j9x2.jpg') // 'c_…'
 */
export function uploadRecordId(fileId: string): string | null {
  if (FILE_ID.test(fileId)) return fileId;
  if (CLOUD_PHOTO_ID.test(fileId)) return `c_${createHash('sha256').update(fileId).digest('hex').slice(0, 32)}`;
  return null;
}

/**
 * Who an upload is counted against and recorded as: the staffId, or `resident:<openid>`.
 *
 * @example uploaderId({ kind: 'resident', openid: 'o1' }) // 'resident:o1'
 */
export function uploaderId(actor: { kind: 'staff'; staffId: string } | { kind: 'resident'; openid: string }): string {
  return actor.kind === 'staff' ? actor.staffId : `resident:${actor.openid}`;
}

/**
 * The day's limit for this uploader: {@link residentPhotoRefusal} for residents, the staff
 * {@link photoRefusal} otherwise.
 *
 * @example refusalFor('resident:o1')(20) // '今天已经上传了 20 张照片…'
 */
function refusalFor(uploader: string): (count: number) => string | null {
  return uploader.startsWith('resident:') ? residentPhotoRefusal : photoRefusal;
}

interface QuotaDoc extends Doc {
  kind: 'quota';
  count: number;
}

/**
 * Counts one upload against the uploader's Beijing day, or throws RATE_LIMITED (Chinese)
 * when the day's limit is used up ({@link PHOTO_DAILY_LIMIT} for staff,
 * {@link RESIDENT_PHOTO_DAILY_LIMIT} for a resident, see {@link uploaderId}). In a transaction
 * on one counter document, so uploads at once cannot pass the limit together.
 *
 * @example await takeUploadQuota(store, 'staff:demo-staff', now)
 */
export async function takeUploadQuota(store: Store, uploader: string, now: number): Promise<void> {
  await store.transaction((tx) => takeQuotaIn(tx, uploader, now));
}

/** {@link takeUploadQuota} inside the caller's transaction. @example await takeQuotaIn(tx, 'resident:o1', now) */
export async function takeQuotaIn(tx: Tx, uploader: string, now: number): Promise<void> {
  const id = `quota:${uploader}:${toBeijingDate(now)}`;
  const quota = await tx.get<QuotaDoc>('fileUploads', id);
  const refusal = refusalFor(uploader)(quota?.count ?? 0);
  if (refusal) throw new AppError('RATE_LIMITED', refusal, 'file');
  await tx.put('fileUploads', { _id: id, kind: 'quota', count: (quota?.count ?? 0) + 1, day: toBeijingDate(now), uploadedAt: beijingInstant(toBeijingDate(now), '00:00') });
}

/**
 * Records a stored photo as not yet referenced; the daily sweep removes it after a day unless
 * {@link keepPhotos} ran for it.
 *
 * @example await recordUpload(store, 'f_…', 'staff:demo-staff', now)
 */
export async function recordUpload(store: Store, fileId: string, uploader: string, now: number): Promise<void> {
  const doc: UploadDoc = { _id: fileId, kind: 'upload', uploadedBy: uploader, uploadedAt: now, referenced: false };
  await store.put('fileUploads', doc);
}

/**
 * Marks the gateway's photos among `ids` as kept, in the caller's transaction (a ticket or an
 * application that now refers to them), with the matter that keeps them (`subject`, issue 11: a
 * resident reads a photo back through that matter's access rule). CloudBase `cloud://` ids and
 * unknown ids are left alone.
 *
 * @example await keepPhotos(tx, ticket.letterPhotoIds)
 * await keepPhotos(tx, doc.photoIds, 'legalAid:la_…')
 */
export async function keepPhotos(tx: Tx, ids: readonly string[], subject?: string): Promise<void> {
  for (const id of ids) {
    const record = uploadRecordId(id);
    if (!record) continue;
    const upload = await tx.get<UploadDoc>('fileUploads', record);
    if (upload && !upload.referenced) await tx.update('fileUploads', record, subject ? { referenced: true, subject } : { referenced: true });
  }
}

/**
 * issue 11: a resident may attach only photos they uploaded themselves — a letter photo or
 * another person's photo, should its id ever be known, is refused (VALIDATION on `field`,
 * nothing written; read-only, so call it before the first write). Ids without an upload record
 * (CloudBase `cloud://` ids, or records already swept) are left to the caller as before.
 *
 * @example await assertOwnPhotos(tx, 'resident:o1', input.photoIds ?? [], 'photoIds')
 */
export async function assertOwnPhotos(tx: Pick<Tx, 'get'>, uploader: string, ids: readonly string[], field: string): Promise<void> {
  for (const id of ids) {
    const record = uploadRecordId(id);
    if (!record) continue;
    const upload = await tx.get<UploadDoc>('fileUploads', record);
    if (upload && upload.uploadedBy !== uploader) throw new AppError('VALIDATION', '材料照片里有不是您本人上传的照片，请删去后重新拍照上传', field);
  }
}

/** How many photos one sweep removes at most (the next tick goes on). */
const SWEEP_PAGE = 200;

/** Deletes photos from cloud storage (the runtime's cloud storage port). */
export interface CloudPhotoRemover {
  remove(fileIds: string[]): Promise<void>;
}

/**
 * Removes photos uploaded more than a day ago that nothing refers to — the file (on the
 * gateway's disk, or in cloud storage for the mini-program's own uploads) and its record — and
 * yesterday's upload counters. A cloud delete that fails puts the record back for the next
 * sweep. Answers true when nothing old is left. Idempotent.
 *
 * @example await sweepUnreferencedPhotos(store, files, now) // true
 */
export async function sweepUnreferencedPhotos(store: Store, files: FileStore | undefined, now: number, cloud?: CloudPhotoRemover): Promise<boolean> {
  const cutoff = now - UNREFERENCED_PHOTO_TTL_MS;
  const old = await store.find<UploadDoc>('fileUploads', { where: { kind: 'upload', referenced: false, uploadedAt: { $lt: cutoff } }, limit: SWEEP_PAGE });
  for (const upload of old) {
    const gone = await store.transaction(async (tx) => {
      const current = await tx.get<UploadDoc>('fileUploads', upload._id);
      if (!current || current.referenced) return false; // kept meanwhile
      await tx.remove('fileUploads', upload._id);
      return true;
    });
    if (!gone) continue;
    if (!upload.fileId) await files?.remove(upload._id);
    else if (cloud) await cloud.remove([upload.fileId]).catch(() => store.put('fileUploads', upload));
  }
  const quotas = await store.find<QuotaDoc>('fileUploads', { where: { kind: 'quota', uploadedAt: { $lt: cutoff } }, limit: SWEEP_PAGE });
  for (const q of quotas) await store.remove('fileUploads', q._id);
  return old.length < SWEEP_PAGE && quotas.length < SWEEP_PAGE;
}
