/**
 * The in-app inbox contract (`inbox` function), shared by the pages and the functions.
 * `inbox.list` {} → `{ items: InboxItem[] }`; `inbox.markRead` { id } → `{ id, readAt }`.
 */

/** An inbox entry as the mini-program shows it. */
export interface InboxItem {
  id: string;
  purpose: string;
  title: string;
  body: string;
  link?: string;
  dueAt: number | null;
  /** The due time has passed (as of the call). */
  overdue: boolean;
  /** Staff: the deadline behind this to-do was met (its clock stopped): no countdown, not overdue. */
  settled?: boolean;
  subject?: string;
  createdAt: number;
  read: boolean;
  /**
   * Residents: what has become of the booking this message was about, when it changed since
   * (「此预约已取消」「已改到 12月3日（周四） 14:00」); absent while the message still holds.
   */
  current?: string;
  /** A number to call about it (「告知结果」 tasks, issue 9 §5): the row offers tap-to-call. */
  phone?: string;
}
