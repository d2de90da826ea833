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
