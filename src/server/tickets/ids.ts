import { createHash } from 'node:crypto';

/**
 * The id of the ticket a request creates: derived from who asked and their request id, so a
 * request sent twice (a weak rural network retrying) finds the ticket the first one created.
 *
 * @example ticketIdFor('openid:o1', 'req-12345678') // 'tk_' + 24 hex characters, always the same
 */
export function ticketIdFor(who: string, requestId: string, index = 0): string {
  return `tk_${createHash('sha256').update(`${who}|${requestId}|${index}`).digest('hex').slice(0, 24)}`;
}

/** The subject key of a ticket in audit events, clocks and the access log. @example ticketSubject('tk_1') // 'ticket:tk_1' */
export function ticketSubject(id: string): string {
  return `ticket:${id}`;
}
