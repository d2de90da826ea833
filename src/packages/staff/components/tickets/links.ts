import { ticketLink } from '../../../../shared/tickets';

/** The workbench's ticket pages (subpackage packages/staff). */
export const STAFF_TICKETS_URL = '/packages/staff/pages/tickets/index';
export const REGISTER_URL = '/packages/staff/pages/register/index';
export const COMPLAINT_BOOK_URL = '/packages/staff/pages/complaint-book/index';

/**
 * A ticket's page on the workbench (the page staff notifications open too).
 * @example staffTicketUrl('tk_1') // '/packages/staff/pages/tickets/detail/index?id=tk_1'
 */
export function staffTicketUrl(id: string): string {
  return ticketLink(id, 'staff');
}

/** 17:00 投诉意见箱 collection: letters one by one, registered in one call (rule 八(二)). */
export const MAILBOX_URL = '/packages/staff/pages/mailbox/index';

/**
 * The printable 重大投诉 report of a ticket for 县局政工监察股 (rule 八(六)).
 * @example majorReportUrl('tk_1') // '/packages/staff/pages/major-report/index?id=tk_1'
 */
export function majorReportUrl(id: string): string {
  return `/packages/staff/pages/major-report/index?id=${encodeURIComponent(id)}`;
}

/**
 * The printable written 一次性告知书 of a ticket, for a resident without the mini-program (rule 三(二)).
 * @example noticePrintUrl('tk_1', 'nt_1') // '/packages/staff/pages/notice-print/index?ticket=tk_1&notice=nt_1'
 */
export function noticePrintUrl(ticketId: string, noticeId: string): string {
  return `/packages/staff/pages/notice-print/index?ticket=${encodeURIComponent(ticketId)}&notice=${encodeURIComponent(noticeId)}`;
}
