import { callFunction } from '../../../../api/call';
import type { ApiResult } from '../../../../api/types';
import type { ReferralSummary } from '../../../../shared/referrals';
import type { LegalAidDocumentFile, LegalAidRow, LegalAidView, LegalAidWorker, RegisterPayload, SameDayBoard } from '../../../../shared/legal-aid';

/** One `legalAid` action. @example await legalAidCall('accept', { id }) */
export function legalAidCall<T = { application: LegalAidView }>(action: string, payload: Record<string, unknown> = {}): Promise<ApiResult<T>> {
  return callFunction<T>('legalAid', { action, ...payload });
}

export const queue = (filter: { green?: boolean; mine?: boolean; after?: string }) =>
  legalAidCall<{ items: LegalAidRow[]; next: string | null; serverNow: number }>('queue', { ...filter, limit: 30 });
export const board = () => legalAidCall<SameDayBoard>('board');
export const roster = () => legalAidCall<{ items: LegalAidWorker[] }>('roster');
export const register = (input: RegisterPayload) => legalAidCall('register', { ...input });
export const documentFile = (id: string, documentId: string) => legalAidCall<LegalAidDocumentFile>('document', { id, documentId });
/** The referrals made from this application (issue 13: 分流交办), newest first. */
export const applicationReferrals = (applicationId: string) => callFunction<{ items: ReferralSummary[] }>('referrals', { action: 'list', applicationId, open: false });
