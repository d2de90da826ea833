/** Pure rules of tickets (issue 5): status machine, courtesy check, masking, clocks, CSV (who may see what: src/domain/access). */
export { nextTicketStatus, refusalOf, isOpenStatus, TICKET_EVENTS, EVENT_WORDS } from './status';
export { checkCourtesy, FORBIDDEN_PHRASES } from './phrases';
export { maskPhone, maskName } from './mask';
export { ACCEPT_CLOCK, answerClockFor, queueKeyOf, closedQueueKey, NO_DUE_OFFSET, type TicketClockSpec } from './clocks';
export { toCsv, csvField, BOM } from './csv';
