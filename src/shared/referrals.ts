/**
 * Contract of the `referrals` cloud function (issue 13: 分流交办, rules 七, 二(五), 八(五)6, 八(六),
 * 八(七)). The client imports this file only.
 *
 * Actions (access → payload → result):
 * - `units` (station staff, liaisons) {} → `{ items: UnitView[] }` — the registry of 对口单位和职能部门.
 * - `saveUnit` (admin) { id?, name, kind, phone, requestId } → `{ unit }`.
 * - `refer` (station staff) { requestId, ticketId | applicationId (exactly one: a ticket or a
 *   legal-aid application), units: { unitId, lead }[], content, dueDate ('YYYY-MM-DD'),
 *   requirements, kind? } → `{ referral: { id, status, acceptBy, units } }`. From an application
 *   the steps go on its 办理经过 (the applicant reads to whom it went and the station's message,
 *   never the units' answers or notes); kinds 'referral' and 'outOfRemit' only.
 *   VALIDATION (nothing written) for a missing element, no/two leads among several, a past
 *   deadline. A repeated `requestId` answers the first referral.
 * - `answer` { id, unitId, accept, reason? (required when declining), requestId? } by the unit's
 *   liaison, or by station staff on its behalf (`onBehalf` true on the answer).
 * - `progress` / `result` { id, unitId, text, requestId? } by the unit (or staff on its behalf).
 * - `check` (station staff) { id, residentMessage, requestId? } — the station accepts the result and
 *   tells the resident (结果及时反馈); `returnResult` { id, note } sends it back to the unit.
 * - `redispatch` (director) { id, units, reason, requestId? } — withdraws the open units and
 *   sends to others, with a new 3-day answer window (rule 七(五)).
 * - `closeWithGuidance` (director) { id, guidance, requestId? } — closes, telling the resident
 *   which other legal route to take (rule 七(五)).
 * - `list` { open?, ticketId?, applicationId? } → `{ items: ReferralSummary[] }` — a liaison sees only their units'.
 * - `get` { id } → `{ referral: ReferralView }` (staff, liaisons) or `{ referral: ReferralResidentView }`
 *   (the resident whose matter it is: to whom, the status, the result — never internal notes).
 * - `notice` { id } → `{ filename, base64 }` — the printable 交办通知单 (.docx) with the three elements.
 */
import type { ReferralStatus, UnitState } from '../domain/referrals/status';

export type { ReferralStatus, UnitState };
export { REFERRAL_STATUS_LABELS, UNIT_STATE_LABELS } from '../domain/referrals/status';

/** Internal window of the station, or an external unit/department. */
export type UnitKind = 'window' | 'external';
export const UNIT_KINDS: Record<UnitKind, string> = { window: '工作站窗口', external: '对口单位/职能部门' };

/**
 * What the referral is for: an ordinary 分流交办 (七), forwarding a matter outside the station's
 * remit (二(五)), asking a window for an explanation of a complaint (八(七)), or reporting a major
 * complaint to 县局政工监察股 (八(六)).
 */
export type ReferralKind = 'referral' | 'outOfRemit' | 'explanation' | 'majorReport';
export const REFERRAL_KINDS: Record<ReferralKind, string> = {
  referral: '分流交办',
  outOfRemit: '非本站职责，转交主管部门',
  explanation: '请窗口作出说明',
  majorReport: '重大投诉上报',
};

export interface UnitView {
  id: string;
  name: string;
  kind: UnitKind;
  phone: string;
  /** A sample entry the admin must replace with the real unit. */
  sample: boolean;
}

export interface StaffRefLite {
  staffId: string;
  name: string;
}

export interface UnitAnswer {
  accept: boolean;
  reason?: string;
  at: number;
  by: StaffRefLite;
  /** Recorded by station staff for the unit (from the phone or the paper notice). */
  onBehalf: boolean;
}

export interface ReferralUnitView {
  unitId: string;
  name: string;
  kind: UnitKind;
  phone: string;
  lead: boolean;
  state: UnitState;
  receivedAt: number;
  /** Epoch ms by which the unit must accept or decline (3 days, rule 七(三)3). */
  acceptBy: number;
  answer: UnitAnswer | null;
}

export interface ReferralNote {
  at: number;
  kind: 'created' | 'answered' | 'progress' | 'result' | 'checked' | 'returned' | 'redispatched' | 'closedWithGuidance' | 'overdue';
  by: StaffRefLite | { system: true };
  summary: string;
  text?: string;
  /** Written by station staff for the unit. */
  onBehalf?: boolean;
}

export interface ReferralView {
  id: string;
  kind: ReferralKind;
  /** The ticket it was made from, or null when made from a legal-aid application. */
  ticketId: string | null;
  /** The legal-aid application it was made from (issue 13), or null. */
  applicationId: string | null;
  status: ReferralStatus;
  statusLabel: string;
  content: string;
  dueDate: string;
  dueAt: number;
  requirements: string;
  units: ReferralUnitView[];
  createdAt: number;
  createdBy: StaffRefLite;
  result: { text: string; at: number; by: StaffRefLite; onBehalf: boolean } | null;
  guidance: string | null;
  notes: ReferralNote[];
  /** The calling liaison's units on it (empty for station staff). */
  myUnitIds: string[];
}

export interface ReferralSummary {
  id: string;
  kind: ReferralKind;
  ticketId: string | null;
  applicationId: string | null;
  status: ReferralStatus;
  statusLabel: string;
  content: string;
  dueDate: string;
  units: { unitId: string; name: string; lead: boolean; state: UnitState; acceptBy: number }[];
  /** Earliest answer still owed (epoch ms), null when every unit answered. */
  nextAnswerBy: number | null;
  createdAt: number;
}

/** What the resident sees: that it was referred, to whom, the status and what the station told them. */
export interface ReferralResidentView {
  id: string;
  status: ReferralStatus;
  statusLabel: string;
  units: { name: string; phone: string; lead: boolean }[];
  createdAt: number;
  /** The station's message once the result was checked, or the guidance when closed so. */
  message: string | null;
}

/** Staff page of a referral. @example referralLink('rf_1') // '/packages/referrals/pages/detail/index?id=rf_1' */
export function referralLink(id: string): string {
  return `/packages/referrals/pages/detail/index?id=${encodeURIComponent(id)}`;
}
