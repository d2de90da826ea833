import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import { addCalendarDays, toBeijingDate } from '../../domain/beijing';
import { CLOUD_PHOTO_ID, takeQuotaIn, uploadRecordId, uploaderId, type UploadDoc } from './uploads';

/**
 * `tickets.photoUploaded` (issue 10 §1): the mini-program uploads a photo straight to cloud
 * storage, then tells the server, which counts it against the uploader's daily limit (staff and
 * residents alike) and records it unreferenced, so the daily sweep deletes it from cloud storage
 * when no letter, application or study note keeps it within a day. Over the limit the photo is
 * deleted at once and RATE_LIMITED answered. Telling twice counts once. Only a photo uploaded
 * today or yesterday (its path's Beijing day) can be told, so an old photo's id can never be
 * offered to the sweep.
 *
 * @example await photoUploaded(ctx, { fileId: 'cloud://env.bucket/letters/2026-11-26/k3j9x2.jpg' }) // { fileId, counted: true }
 */
export async function photoUploaded(ctx: Ctx, input: { fileId: string }): Promise<{ fileId: string; counted: boolean }> {
  const actor = ctx.actor;
  if (actor.kind !== 'staff' && actor.kind !== 'resident') throw new AppError('UNAUTHENTICATED', '请先登录');
  const day = CLOUD_PHOTO_ID.exec(input.fileId)?.[1];
  const today = toBeijingDate(ctx.now);
  if (!day || (day !== today && day !== addCalendarDays(today, -1))) throw new AppError('VALIDATION', '照片编号不对，请重新拍照上传', 'fileId');
  const uploader = uploaderId(actor);
  const record = uploadRecordId(input.fileId)!;
  try {
    return await ctx.store.transaction(async (tx) => {
      const known = await tx.get<UploadDoc>('fileUploads', record);
      if (known) {
        if (known.uploadedBy !== uploader) throw new AppError('VALIDATION', '照片编号不对，请重新拍照上传', 'fileId');
        return { fileId: input.fileId, counted: false };
      }
      await takeQuotaIn(tx, uploader, ctx.now);
      const doc: UploadDoc = { _id: record, kind: 'upload', uploadedBy: uploader, uploadedAt: ctx.now, referenced: false, fileId: input.fileId };
      await tx.create('fileUploads', doc);
      return { fileId: input.fileId, counted: true };
    });
  } catch (err) {
    if (err instanceof AppError && err.code === 'RATE_LIMITED') await ctx.reportStorage?.remove([input.fileId]).catch(() => undefined);
    throw err;
  }
}
