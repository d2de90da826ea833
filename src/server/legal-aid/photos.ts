import { AppError } from '../core/errors';
import { assertMay } from '../core/matter-access';
import type { Actor } from '../ports/identity';
import type { Store } from '../ports/store';
import type { UploadDoc } from '../files/uploads';
import { partiesOf } from './parties';
import type { LegalAidDoc } from './types';

const SUBJECT = /^legalAid:(la_[A-Za-z0-9_-]+)$/;

/**
 * issue 11: may this caller read this gateway photo as a legal-aid material? Only when the photo
 * is one the application that kept it still lists, and the one access rule lets the caller see
 * that application (its applicant, its handlers, the station): another resident's is NOT_FOUND,
 * like a missing one. Anything else — a letter photo, a study note's, an unknown id — is
 * FORBIDDEN: residents never read letter photos.
 *
 * @example await assertMayReadMaterialPhoto(store, residentActor, 'f_…') // throws unless it is on their own application
 */
export async function assertMayReadMaterialPhoto(store: Pick<Store, 'get'>, actor: Actor, fileId: string): Promise<void> {
  const upload = await store.get<UploadDoc>('fileUploads', fileId);
  const appId = upload?.subject ? SUBJECT.exec(upload.subject)?.[1] : undefined;
  const app = appId ? await store.get<LegalAidDoc>('legalAidApplications', appId) : null;
  if (!app || !app.photoIds.includes(fileId)) throw new AppError('FORBIDDEN', '只能查看您自己法律援助申请里的材料照片');
  assertMay(actor, partiesOf(app), 'see', '没有找到这张照片');
}
