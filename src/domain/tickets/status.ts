import { TICKET_STATUSES, TICKET_TRANSITIONS, type TicketEvent, type TicketStatus } from '../../shared/tickets';

/** Every event, in the order the workbench shows its buttons. */
export const TICKET_EVENTS: TicketEvent[] = ['accept', 'reply', 'handOn', 'issueNotice', 'reportDelay', 'markMajor', 'recordTransferReply', 'close'];

/** What each event is called in a refusal. */
export const EVENT_WORDS: Record<TicketEvent, string> = {
  accept: '受理',
  reply: '答复',
  handOn: '转交',
  issueNotice: '出具一次性告知',
  reportDelay: '说明延期',
  markMajor: '标记为重大投诉',
  recordTransferReply: '登记回复转来部门',
  close: '办结',
};

/**
 * The status after `event`, or null when the transition table does not allow it.
 *
 * @example nextTicketStatus('received', 'accept') // 'processing'
 * @example nextTicketStatus('closed', 'reply') // null
 */
export function nextTicketStatus(from: TicketStatus, event: TicketEvent): TicketStatus | null {
  return TICKET_TRANSITIONS[from]?.[event] ?? null;
}

/**
 * Why `event` is refused in status `from`, in words a staff member reads.
 *
 * @example refusalOf('received', 'reply') // '这件事还没有受理，请先受理再答复'
 * @example refusalOf('closed', 'close') // '这件事已经办结，不能再办结'
 */
export function refusalOf(from: TicketStatus, event: TicketEvent): string {
  if (from === 'received') return `这件事还没有受理，请先受理再${EVENT_WORDS[event]}`;
  if (from === 'processing' && event === 'accept') return '这件事已经受理，正在办理中';
  return `这件事${TICKET_STATUSES[from]}，不能再${EVENT_WORDS[event]}`;
}

/** Open statuses: on the inbox, clocks may run. @example isOpenStatus('processing') // true */
export function isOpenStatus(status: TicketStatus): boolean {
  return status !== 'closed';
}
