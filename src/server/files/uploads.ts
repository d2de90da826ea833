import { AppError } from '../core/errors';
import { beijingInstant, toBeijingDate } from '../../domain/beijing';
import { photoRefusal, residentPhotoRefusal, UNREFERENCED_PHOTO_TTL_MS } from '../../domain/limits';
import { FILE_ID, type FileStore } from '../ports/files';
import type { Doc, Store, Tx } from '../ports/store';

/** A photo uploaded through the gateway; `referenced` once a ticket or application keeps it. */
export interface UploadDoc extends Doc {
  kind: 'upload';
  /** A staffId (`staff:…`), or `resident:<openid>` for a resident's material photo (issue 11). */
  uploadedBy: string;
  uploadedAt: number;
  referenced: boolean;
  /** issue 11: the matter that kept it first (`legalAid:la_…`); absent for letters and study notes. */
  subject?: string;
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
  const id = `quota:${uploader}:${toBeijingDate(now)}`;
  await store.transaction(async (tx) => {
    const quota = await tx.get<QuotaDoc>('fileUploads', id);
    const refusal = refusalFor(uploader)(quota?.count ?? 0);
    if (refusal) throw new AppError('RATE_LIMITED', refusal, 'file');
    await tx.put('fileUploads', { _id: id, kind: 'quota', count: (quota?.count ?? 0) + 1, day: toBeijingDate(now), uploadedAt: beijingInstant(toBeijingDate(now), '00:00') });
  });
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
    if (!FILE_ID.test(id)) continue;
    const upload = await tx.get<UploadDoc>('fileUploads', id);
    if (upload && !upload.referenced) await tx.update('fileUploads', id, subject ? { referenced: true, subject } : { referenced: true });
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
    if (!FILE_ID.test(id)) continue;
    const upload = await tx.get<UploadDoc>('fileUploads', id);
    if (upload && upload.uploadedBy !== uploader) throw new AppError('VALIDATION', '材料照片里有不是您本人上传的照片，请删去后重新拍照上传', field);
  }
}

/** How many photos one sweep removes at most (the next tick goes on). */
const SWEEP_PAGE = 200;

/**
 * Removes photos uploaded more than a day ago that nothing refers to — the file and its record —
 * and yesterday's upload counters. Answers true when nothing old is left. Idempotent.
 *
 * @example await sweepUnreferencedPhotos(store, files, now) // true
 */
export async function sweepUnreferencedPhotos(store: Store, files: FileStore | undefined, now: number): Promise<boolean> {
  const cutoff = now - UNREFERENCED_PHOTO_TTL_MS;
  const old = await store.find<UploadDoc>('fileUploads', { where: { kind: 'upload', referenced: false, uploadedAt: { $lt: cutoff } }, limit: SWEEP_PAGE });
  for (const upload of old) {
    const gone = await store.transaction(async (tx) => {
      const current = await tx.get<UploadDoc>('fileUploads', upload._id);
      if (!current || current.referenced) return false; // kept meanwhile
      await tx.remove('fileUploads', upload._id);
      return true;
    });
    if (gone) await files?.remove(upload._id);
  }
  const quotas = await store.find<QuotaDoc>('fileUploads', { where: { kind: 'quota', uploadedAt: { $lt: cutoff } }, limit: SWEEP_PAGE });
  for (const q of quotas) await store.remove('fileUploads', q._id);
  return old.length < SWEEP_PAGE && quotas.length < SWEEP_PAGE;
}
