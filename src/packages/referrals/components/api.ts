import { callFunction } from '../../../api/call';
import type { ApiResult } from '../../../api/types';
import type { ReferralKind, ReferralResidentView, ReferralSummary, ReferralView, UnitView } from '../../../shared/referrals';

const referrals = <T>(action: string, payload: Record<string, unknown> = {}) => callFunction<T>('referrals', { action, ...payload });

/** The units registry for the refer sheet (contract: src/shared/referrals.ts). */
export const loadUnits = () => referrals<{ items: UnitView[] }>('units');
/** The board: open referrals (a liaison: their units' only), the earliest answer owed first. */
export const loadReferrals = (ticketId?: string) => referrals<{ items: ReferralSummary[] }>('list', ticketId ? { ticketId, open: false } : { open: true });
export const loadReferral = (id: string) => referrals<{ referral: ReferralView | ReferralResidentView }>('get', { id });

export interface ReferDraft {
  /** Exactly one: the ticket or (issue 13) the legal-aid application referred. */
  ticketId?: string;
  applicationId?: string;
  units: { unitId: string; lead: boolean }[];
  content: string;
  dueDate: string;
  requirements: string;
  kind: ReferralKind;
}
export const referMatter = (draft: ReferDraft, requestId: string) => referrals<{ referral: { id: string } }>('refer', { ...draft, requestId });

type One = Promise<ApiResult<{ referral: ReferralView }>>;
/** Accept, or decline with the reason (required). */
export const answerReferral = (id: string, unitId: string, accept: boolean, reason: string, requestId: string): One =>
  referrals('answer', { id, unitId, accept, ...(accept ? {} : { reason }), requestId });
export const reportReferral = (kind: 'progress' | 'result', id: string, unitId: string, text: string, requestId: string): One => referrals(kind, { id, unitId, text, requestId });
export const checkReferral = (id: string, residentMessage: string, requestId: string): One => referrals('check', { id, residentMessage, requestId });
/** The director sends it to other units or windows (rule 七(五)); with several, one leads. */
export const redispatchReferral = (id: string, units: { unitId: string; lead: boolean }[], reason: string, requestId: string): One => referrals('redispatch', { id, units, reason, requestId });
export const closeWithGuidance = (id: string, guidance: string, requestId: string): One => referrals('closeWithGuidance', { id, guidance, requestId });
