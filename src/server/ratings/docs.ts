import type { Doc } from '../ports/store';
import type {
  CallbackAttempt, CallbackReason, CallbackRecord, CallbackStatus, FollowUpComment, RatingAspect,
  RatingLevel, RatingSource, RatingSubject, StaffLabel,
} from '../../shared/ratings';
import type { Tally } from '../../domain/ratings/tally';
import type { MatterParties } from '../../domain/access/matter';

/**
 * One completed item (a closed ticket, an appointment with its outcome): the rating request.
 * `_id` = `rr:<type>:<id>`. Written once, in the transaction that completes the item.
 */
export interface RatingRequestDoc extends Doc {
  subject: RatingSubject;
  subjectKey: string;
  title: string;
  typeKey: string;
  typeLabel: string;
  /** The ticket's channel, or 'appointment'. */
  channel: string;
  staff: StaffLabel | null;
  /** The resident asked in the mini-program; null when nobody can be asked there. */
  ownerOpenid: string | null;
  /** For calling back: from the ticket or appointment. */
  contact: { name?: string; phone?: string };
  /** Who stands how to the matter (the one access rule), as at completion; absent before issue 9. */
  parties?: MatterParties;
  completedAt: number;
  /** Beijing month of completion: the table the item counts in. */
  month: string;
  /** = month for hotline/online tickets (the sampling population), else null. */
  sampleMonth: string | null;
  major: boolean;
  state: 'awaiting' | 'rated';
  /** When the one reminder is due; null once sent, rated, or with nobody to remind. */
  remindAt: number | null;
  remindedAt: number | null;
  ratingId: string | null;
}

/** A rating, `_id` = `rating:<type>:<id>` (one per item; immutable but for follow-ups). */
export interface RatingDoc extends Doc {
  subject: RatingSubject;
  subjectKey: string;
  title: string;
  typeKey: string;
  month: string;
  staffId: string;
  /** The resident who owns the item (whoever gave the rating), null when none. */
  openid: string | null;
  level: RatingLevel;
  aspects: RatingAspect[];
  comment: string | null;
  source: RatingSource;
  recordedBy: StaffLabel | null;
  /** The matter's parties (copied from its rating request), read by the one access rule. */
  parties?: MatterParties;
  /** 本人登记: recorded by a staff member who handled the service themselves (issue 9 §2). */
  selfRecorded?: boolean;
  requestId: string | null;
  at: number;
  followUps: FollowUpComment[];
  /** Page request ids of the follow-ups added (issue 10: a double tap adds one). */
  followUpRequests?: string[];
  callbackOwed: boolean;
}

/** A callback owed on an item, `_id` = `cb:<type>:<id>` (one per item, reasons merged). */
export interface CallbackTaskDoc extends Doc {
  subject: RatingSubject;
  subjectKey: string;
  title: string;
  typeKey: string;
  typeLabel: string;
  month: string;
  staff: StaffLabel | null;
  /** The matter's parties (copied from its rating request), read by the one access rule. */
  parties?: MatterParties;
  reasons: CallbackReason[];
  mandatory: boolean;
  status: CallbackStatus;
  rating: { level: RatingLevel; comment: string | null; source: RatingSource } | null;
  createdAt: number;
  dueAt: number | null;
  clockId: string;
  attempts: CallbackAttempt[];
  record: CallbackRecord | null;
  doneAt: number | null;
  updatedAt: number;
  /** Page request ids already recorded (issue 10: a double tap records one attempt). */
  handledRequests?: string[];
}

/** Running counters, `_id` = `tally:<month>:<staffId>:<typeKey>`. */
export interface TallyDoc extends Doc, Tally {
  month: string;
  staffId: string;
  staffName: string;
  typeKey: string;
  typeLabel: string;
}

/** The month's draw, `_id` = `sample:<YYYY-MM>`, created once. */
export interface SampleDrawDoc extends Doc {
  month: string;
  seed: number;
  populationSize: number;
  rate: number;
  chosenIds: string[];
  drawnAt: number;
  tasksCreated: number;
}

/** @example requestId({ type: 'ticket', id: 'tk_1' }) // 'rr:ticket:tk_1' */
export const requestDocId = (s: RatingSubject): string => `rr:${s.type}:${s.id}`;
/** @example ratingDocId({ type: 'ticket', id: 'tk_1' }) // 'rating:ticket:tk_1' */
export const ratingDocId = (s: RatingSubject): string => `rating:${s.type}:${s.id}`;
/** @example taskId({ type: 'ticket', id: 'tk_1' }) // 'cb:ticket:tk_1' */
export const taskDocId = (s: RatingSubject): string => `cb:${s.type}:${s.id}`;
/** @example subjectKeyOf({ type: 'ticket', id: 'tk_1' }) // 'ticket:tk_1' */
export const subjectKeyOf = (s: RatingSubject): string => `${s.type}:${s.id}`;
/** @example drawDocId('2026-10') // 'sample:2026-10' */
export const drawDocId = (month: string): string => `sample:${month}`;
/** Staff id used in tallies when nobody is named. */
export const NOBODY = 'nobody';
/** @example poolId('2026-10', 'tk_1') // '2026-10|tk_1' */
export const poolId = (month: string, ticketId: string): string => `${month}|${ticketId}`;
