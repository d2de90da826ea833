import { callFunction } from './call';
import type { ApiResult } from './types';
import type { InboxItem } from '../shared/inbox';

export type { InboxItem };

/**
 * The caller's own inbox (`inbox.list`): staff by due time with overdue first, residents newest
 * first — the server decides the order.
 * @example const res = await listInbox(); if (res.ok) show(res.data.items);
 */
export function listInbox(): Promise<ApiResult<{ items: InboxItem[] }>> {
  return callFunction<{ items: InboxItem[] }>('inbox', { action: 'list' });
}

/**
 * Marks one of the caller's entries read (`inbox.markRead`).
 * @example await markInboxRead('clock:…')
 */
export function markInboxRead(id: string): Promise<ApiResult<{ id: string; readAt: number }>> {
  return callFunction<{ id: string; readAt: number }>('inbox', { action: 'markRead', id });
}
