import { ticketLink } from '../../../shared/tickets';

/** The residents' ticket pages (subpackage packages/resident). */
export const COMPLAINT_URL = '/packages/resident/pages/complaint/index';
export const ASK_URL = '/packages/resident/pages/ask/index';
export const MY_TICKETS_URL = '/packages/resident/pages/tickets/index';

/**
 * One of the resident's own tickets (the page notifications open too).
 * @example myTicketUrl('tk_1') // '/packages/resident/pages/tickets/detail/index?id=tk_1'
 */
export function myTicketUrl(id: string): string {
  return ticketLink(id, 'resident');
}
