import type { InboxItem } from '../../../api/inbox';

/**
 * The workbench's one-line count of the to-do list, overdue first; '' when there is nothing.
 * Overdue as the server saw it when listing.
 * @example inboxSummary(items) // '⚠ 1 项已超期 · 2 条未读'
 */
export function inboxSummary(items: readonly InboxItem[]): string {
  const overdue = items.filter((i) => i.overdue).length;
  const unread = items.filter((i) => !i.read).length;
  const parts = [overdue ? `⚠ ${overdue} 项已超期` : '', unread ? `${unread} 条未读` : ''].filter(Boolean);
  return parts.join(' · ');
}
