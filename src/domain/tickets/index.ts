/** Pure rules of tickets (issue 5): status machine, courtesy check, masking, clocks, privacy, CSV. */
export { nextTicketStatus, refusalOf, isOpenStatus, TICKET_EVENTS, EVENT_WORDS } from './status';
export { checkCourtesy, FORBIDDEN_PHRASES } from './phrases';
export { maskPhone, maskName } from './mask';
export { ACCEPT_CLOCK, answerClockFor, queueKeyOf, closedQueueKey, NO_DUE_OFFSET, type TicketClockSpec } from './clocks';
export { canSeeContact, isRespondent, mayAct, supervises, type StaffCaller, type TicketParties } from './privacy';
export { toCsv, csvField, BOM } from './csv';
