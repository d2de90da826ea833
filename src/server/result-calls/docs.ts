import type { Doc } from '../ports/store';
import type { MatterParties } from '../../domain/access/matter';
import type { ResultCallAttempt, ResultCallOccasion } from '../../shared/result-calls';

/** A 「告知结果」 task in `resultCalls` (issue 9 §5); `_id` = rc:<subject>:<occasion tag>. */
export interface ResultCallDoc extends Doc {
  _id: string;
  subject: string;
  occasion: ResultCallOccasion;
  /** The handler who is to call. */
  staffId: string;
  title: string;
  tell: string;
  contact: { name?: string; phone: string };
  /** The matter's parties, copied when the task opens: the one access rule decides on them. */
  parties: MatterParties;
  status: 'open' | 'done';
  /** null once done (the index then keeps it out of the open list's order). */
  dueAt: number | null;
  /** The task's own clock ('resultCall.tell'), when it runs one. */
  clockId: string | null;
  /** The 待办 entry written for it (outbox / inbox id). */
  inboxId: string;
  attempts: ResultCallAttempt[];
  doneAt: number | null;
  createdAt: number;
  updatedAt: number;
}

/** The clock purpose of a task: told within 1 working day. */
export const RESULT_CALL_CLOCK = 'resultCall.tell';

/**
 * A task's id: one per matter and occasion (a retried close or a timer firing twice opens nothing new).
 * @example resultCallId('ticket:tk_1', 'closed') // 'rc:ticket:tk_1:closed'
 */
export const resultCallId = (subject: string, tag: string): string => `rc:${subject}:${tag}`;
