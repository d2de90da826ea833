import type { InboxItem } from '../../../src/api/inbox';

const at = (iso: string) => Date.parse(iso);

/** One inbox entry with sensible defaults. */
export function inboxItem(over: Partial<InboxItem> & Pick<InboxItem, 'id' | 'title'>): InboxItem {
  return { purpose: 'deadlineWarning', body: '请抓紧办理。', dueAt: null, overdue: false, createdAt: at('2026-11-26T09:30:00+08:00'), read: false, ...over };
}

/** A staff inbox as the server orders it at Thursday 2026-11-26 10:00: overdue first, then by due time. */
export const staffItems: InboxItem[] = [
  inboxItem({ id: 'late', title: '已超期：投诉答复', purpose: 'deadlineOverdue', dueAt: at('2026-11-23T17:00:00+08:00'), overdue: true, link: '/packages/staff/pages/inbox/index?x=1', createdAt: at('2026-11-23T17:05:00+08:00') }),
  inboxItem({ id: 'today', title: '即将到期：调解回访', dueAt: at('2026-11-26T17:00:00+08:00'), read: true }),
  inboxItem({ id: 'later', title: '即将到期：法律援助转交', dueAt: at('2026-12-01T17:00:00+08:00') }),
  inboxItem({ id: 'plain', title: '开启大厅投诉意见箱', purpose: 'complaintMailbox', createdAt: at('2026-11-25T17:00:00+08:00'), read: true }),
];

export const staffMe = () => ({ ok: true, data: { kind: 'staff', name: '示例·张某', roles: ['staff'] } });
export const adminMe = () => ({ ok: true, data: { kind: 'staff', name: '示例·赵某', roles: ['staff', 'admin'] } });
export const residentMe = () => ({ ok: true, data: { kind: 'resident', name: '示例·陈大爷' } });
