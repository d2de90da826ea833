import type { ClockRule, Pause, WarnBefore } from '../../domain/deadlines';
import type { Doc } from '../ports/store';

/** What a clock belongs to: a record of some type. */
export interface SubjectRef {
  type: string;
  id: string;
}

/** The life of a clock; warned/overdue are flags (`warnedAt`, `overdueAt`), not states. */
export type ClockState = 'running' | 'paused' | 'stopped';

/**
 * A deadline clock as stored in the `clocks` collection. The due and warning instants are
 * computed when they change (start, pause, resume, calendar change) and stored, so the scheduler
 * only has to look up `nextCheckAt <= now` by index.
 */
export interface ClockDoc extends Doc {
  _id: string;
  /** `<type>:<id>` of the record, the key the audit trail uses too. */
  subject: string;
  subjectType: string;
  subjectId: string;
  /** What the deadline is for, e.g. 'complaint.answer'. One clock per subject and purpose. */
  purpose: string;
  /** Words a person reads, e.g. 「投诉答复」. */
  title: string;
  /** Mini-program page that opens the record, for the notification. */
  link?: string;
  rule: ClockRule;
  warnBefore: WarnBefore;
  state: ClockState;
  startedAt: number;
  pauses: Pause[];
  dueAt: number | null;
  warnAt: number | null;
  provisional: boolean;
  calendarVersion: string;
  warnedAt: number | null;
  overdueAt: number | null;
  /** Earliest pending check (warning or due), null when nothing is left to check. */
  nextCheckAt: number | null;
  responsibleStaffId?: string;
  /** The resident who is told when the promise runs late. */
  recipientOpenid?: string;
  stoppedAt?: number;
  stopReason?: string;
  /**
   * issue 14: set when stopped — stopped by its due instant (true) or after it (false); null when
   * it had no due time (stopped while paused). Reports count kept promises by it.
   */
  onTime?: boolean | null;
  /** issue 14: a label the record gives its clock for counting, e.g. 'greenChannel'. */
  tag?: string;
  createdAt: number;
  updatedAt: number;
}

/**
 * The subject key stored on clocks and audit events.
 * @example subjectKey({ type: 'complaint', id: 'c1' }) // 'complaint:c1'
 */
export function subjectKey(subject: SubjectRef): string {
  return `${subject.type}:${subject.id}`;
}

/**
 * The id of a record's clock for one purpose: a record has at most one clock per purpose, so
 * starting it twice is detected by the store (CONFLICT on create).
 * @example clockId({ type: 'complaint', id: 'c1' }, 'complaint.answer') // 'complaint:c1:complaint.answer'
 */
export function clockId(subject: SubjectRef, purpose: string): string {
  return `${subjectKey(subject)}:${purpose}`;
}
