import type { Doc } from '../ports/store';
import type { ReferralKind, ReferralNote, ReferralStatus, StaffRefLite, UnitAnswer, UnitKind, UnitState } from '../../shared/referrals';

/** A unit of the registry (对口单位和职能部门), `_id` 'unit:…'. */
export interface UnitDoc extends Doc {
  _id: string;
  name: string;
  kind: UnitKind;
  phone: string;
  sample: boolean;
  active: boolean;
  order: number;
  updatedAt: number;
}

/** One unit on a referral, with its answer window. */
export interface ReferralUnit {
  unitId: string;
  name: string;
  kind: UnitKind;
  phone: string;
  lead: boolean;
  state: UnitState;
  receivedAt: number;
  acceptBy: number;
  /** Dispatch round it belongs to (its answer clock's purpose carries it). */
  round: number;
  answer: UnitAnswer | null;
}

/** A referral as stored in `referrals`, `_id` 'rf_…'. */
export interface ReferralDoc extends Doc {
  _id: string;
  kind: ReferralKind;
  /** The ticket it was made from, or null when made from a legal-aid application. */
  ticketId: string | null;
  /** issue 13: the legal-aid application it was made from (absent on referrals made before). */
  applicationId?: string | null;
  status: ReferralStatus;
  open: boolean;
  content: string;
  dueDate: string;
  dueAt: number;
  requirements: string;
  units: ReferralUnit[];
  /** Units currently on it (not withdrawn): their liaisons may see it. */
  unitIds: string[];
  round: number;
  createdAt: number;
  createdBy: StaffRefLite;
  result: { text: string; at: number; by: StaffRefLite; onBehalf: boolean } | null;
  guidance: string | null;
  residentMessage: string | null;
  notes: ReferralNote[];
  handledRequests: Record<string, true>;
  updatedAt: number;
}

/** A liaison's way in: one per unit and referral, `_id` '<unitId>|<referralId>'. */
export interface ReferralLinkDoc extends Doc {
  _id: string;
  unitId: string;
  referralId: string;
  open: boolean;
  createdAt: number;
}
