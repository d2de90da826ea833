import type { Doc } from '../ports/store';

/** One entry of a person's in-app inbox; its `_id` is the outbox message's dedupe key. */
export interface InboxDoc extends Doc {
  /** `staff:<staffId>` or `openid:<openid>`. */
  recipient: string;
  purpose: string;
  title: string;
  body: string;
  link?: string;
  /** null when the entry has no deadline (sorts after those that do). */
  dueAt: number | null;
  subject?: string;
  /** A number to call (「告知结果」 tasks). */
  phone?: string;
  createdAt: number;
  readAt: number | null;
}
