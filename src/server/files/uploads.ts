import { AppError } from '../core/errors';
import { beijingInstant, toBeijingDate } from '../../domain/beijing';
import { photoRefusal, UNREFERENCED_PHOTO_TTL_MS } from '../../domain/limits';
import { FILE_ID, type FileStore } from '../ports/files';
import type { Doc, Store, Tx } from '../ports/store';

/** A photo uploaded through the gateway; `referenced` once a ticket or application keeps it. */
export interface UploadDoc extends Doc {
  kind: 'upload';
  uploadedBy: string;
  uploadedAt: number;
  referenced: boolean;
}

interface QuotaDoc extends Doc {
  kind: 'quota';
  count: number;
}

/**
 * Counts one upload against the staff member's Beijing day, or throws RATE_LIMITED (Chinese)
 * when the day's {@link PHOTO_DAILY_LIMIT} is used up. In a transaction on one counter document,
 * so uploads at once cannot pass the limit together.
 *
 * @example await takeUploadQuota(store, 'staff:demo-staff', now)
 */
export async function takeUploadQuota(store: Store, staffId: string, now: number): Promise<void> {
  const id = `quota:${staffId}:${toBeijingDate(now)}`;
  await store.transaction(async (tx) => {
    const quota = await tx.get<QuotaDoc>('fileUploads', id);
    const refusal = photoRefusal(quota?.count ?? 0);
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
export async function recordUpload(store: Store, fileId: string, staffId: string, now: number): Promise<void> {
  const doc: UploadDoc = { _id: fileId, kind: 'upload', uploadedBy: staffId, uploadedAt: now, referenced: false };
  await store.put('fileUploads', doc);
}

/**
 * Marks the gateway's photos among `ids` as kept, in the caller's transaction (a ticket or an
 * application that now refers to them). CloudBase `cloud://` ids and unknown ids are left alone.
 *
 * @example await keepPhotos(tx, ticket.letterPhotoIds)
 */
export async function keepPhotos(tx: Tx, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    if (!FILE_ID.test(id)) continue;
    const upload = await tx.get<UploadDoc>('fileUploads', id);
    if (upload && !upload.referenced) await tx.update('fileUploads', id, { referenced: true });
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
