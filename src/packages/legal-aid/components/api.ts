import { callFunction } from '../../../api/call';
import type { ApiResult } from '../../../api/types';
import type { ApplyPayload, LegalAidDocumentFile, LegalAidRow, LegalAidView } from '../../../shared/legal-aid';

const call = <T>(action: string, payload: Record<string, unknown> = {}) => callFunction<T>('legalAid', { action, ...payload });

/** @example await applyLegalAid({ requestId, applicant, groups, matter, hardship }) */
export function applyLegalAid(input: ApplyPayload): Promise<ApiResult<{ application: LegalAidView }>> {
  return call('apply', { ...input });
}

/** The caller's applications, newest first. */
export function myApplications(): Promise<ApiResult<{ items: LegalAidRow[] }>> {
  return call('mine');
}

/** One application. */
export function getApplication(id: string): Promise<ApiResult<{ application: LegalAidView }>> {
  return call('get', { id });
}

/** The applicant supplies the missing materials. */
export function supplyMaterials(id: string, photoIds: string[], note?: string): Promise<ApiResult<{ application: LegalAidView }>> {
  return call('supplyMaterials', { id, ...(photoIds.length ? { photoIds } : {}), ...(note ? { note } : {}) });
}

/** One archived document (.docx, base64). */
export function readDocument(id: string, documentId: string): Promise<ApiResult<LegalAidDocumentFile>> {
  return call('document', { id, documentId });
}
