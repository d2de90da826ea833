import { REFERRAL_STATUS_LABELS, type ReferralResidentView, type ReferralSummary, type ReferralUnitView, type ReferralView } from '../../shared/referrals';
import type { ReferralDoc, ReferralUnit } from './types';

/** @example unitViewOf(entry) // { unitId: 'unit:court', name: '…', lead: true, state: 'sent', acceptBy: … } */
export function unitViewOf(u: ReferralUnit): ReferralUnitView {
  return { unitId: u.unitId, name: u.name, kind: u.kind, phone: u.phone, lead: u.lead, state: u.state, receivedAt: u.receivedAt, acceptBy: u.acceptBy, answer: u.answer };
}

/**
 * The whole referral for station staff; for a liaison (`myUnitIds` not empty) the same without
 * the station's own check of the result and the message written for the resident.
 */
export function referralView(r: ReferralDoc, myUnitIds: string[]): ReferralView {
  const liaison = myUnitIds.length > 0;
  return {
    id: r._id, kind: r.kind, ticketId: r.ticketId, applicationId: r.applicationId ?? null, status: r.status, statusLabel: REFERRAL_STATUS_LABELS[r.status],
    content: r.content, dueDate: r.dueDate, dueAt: r.dueAt, requirements: r.requirements,
    units: r.units.filter((u) => !liaison || u.state !== 'withdrawn').map(unitViewOf),
    createdAt: r.createdAt, createdBy: r.createdBy, result: r.result, guidance: r.guidance,
    notes: liaison ? r.notes.filter((n) => n.kind !== 'checked') : r.notes,
    myUnitIds,
  };
}

/** A line of the referrals board: the earliest answer still owed comes first. */
export function summaryOf(r: ReferralDoc): ReferralSummary {
  const owed = r.units.filter((u) => u.state === 'sent').map((u) => u.acceptBy);
  return {
    id: r._id, kind: r.kind, ticketId: r.ticketId, applicationId: r.applicationId ?? null, status: r.status, statusLabel: REFERRAL_STATUS_LABELS[r.status], content: r.content, dueDate: r.dueDate,
    units: r.units.filter((u) => u.state !== 'withdrawn').map((u) => ({ unitId: u.unitId, name: u.name, lead: u.lead, state: u.state, acceptBy: u.acceptBy })),
    nextAnswerBy: owed.length ? Math.min(...owed) : null, createdAt: r.createdAt,
  };
}

/**
 * What the resident sees: that the matter was referred, to whom (name, phone, lead), its status,
 * and what the station told them — never the content, requirements, answers or notes.
 */
export function residentView(r: ReferralDoc): ReferralResidentView {
  return {
    id: r._id, status: r.status, statusLabel: REFERRAL_STATUS_LABELS[r.status],
    units: r.units.filter((u) => u.state !== 'withdrawn').map((u) => ({ name: u.name, phone: u.phone, lead: u.lead })),
    createdAt: r.createdAt, message: r.residentMessage ?? r.guidance,
  };
}
