import type { FileStore } from '../ports/files';
import type { Store } from '../ports/store';
import { uploadRecordId } from '../files/uploads';
import type { LegalAidDoc } from '../legal-aid/types';
import { RESULT_CALL_OCCASIONS } from '../../shared/result-calls';
import { caseSubject } from './case-ids';

/** Removes every document of `collection` whose `field` is `value`, a page at a time. */
async function removeWhere(store: Store, collection: string, field: string, value: string): Promise<void> {
  for (;;) {
    const docs = await store.find(collection, { where: { [field]: value }, limit: 1000 });
    for (const d of docs) await store.remove(collection, d._id);
    if (docs.length < 1000) break;
  }
}

/**
 * The destruction of a legal-aid case's item (rule 九(九)): every stored record of the application
 * that holds the applicant's data leaves the store — the application (name, phone, id number,
 * birth date, address, matter summary, progress notes), its material photos with their files and
 * upload records, the archived documents' bytes, its rating, callback and 告知结果 tasks, its
 * access log, audit trail, clocks, notifications and the 档号 record of its case file. Only the volume and its 销毁清册 line stay.
 * Removing what is gone already does nothing, so a destruction cut short is finished by calling again.
 *
 * @example await removeApplication(store, files, 'la_…')
 */
export async function removeApplication(store: Store, files: FileStore | undefined, applicationId: string): Promise<void> {
  const subject = caseSubject(applicationId);
  const doc = await store.get<LegalAidDoc>('legalAidApplications', applicationId);
  for (const photo of new Set([...(doc?.photoIds ?? []), ...(doc?.materials?.photoIds ?? [])])) {
    await files?.remove(photo);
    const record = uploadRecordId(photo);
    if (record) await store.remove('fileUploads', record);
  }
  await removeWhere(store, 'fileUploads', 'subject', subject);
  const byId: Array<[string, string]> = [ // the satisfaction rating, callback and 告知结果 tasks of the case (issues 7, 8)
    ['ratingRequests', `rr:${subject}`], ['ratings', `rating:${subject}`], ['callbackTasks', `cb:${subject}`],
    ...Object.keys(RESULT_CALL_OCCASIONS).map((o): [string, string] => ['resultCalls', `rc:${subject}:${o}`]),
  ];
  for (const [collection, id] of byId) await store.remove(collection, id);
  await removeWhere(store, 'legalAidDocuments', 'applicationId', applicationId);
  for (const collection of ['accessLog', 'audit', 'clocks', 'inbox', 'outbox']) await removeWhere(store, collection, 'subject', subject);
  await store.remove('archiveCaseFiles', applicationId);
  await store.remove('legalAidApplications', applicationId);
}
