import { callFunction } from '../../../api/call';
import type { ApiResult } from '../../../api/types';
import type { ComplaintScope, MyTicketRow, OneTimeNotice, OnlineTicketType, TicketView } from '../../../shared/tickets';

/** What a resident sends with `tickets.submit` (see src/shared/tickets.ts). */
export interface SubmitInput {
  type: OnlineTicketType;
  content: string;
  name?: string;
  phone?: string;
  complaint?: { scope: ComplaintScope; respondentName?: string };
  requestId: string;
}

const tickets = <T>(action: string, payload: Record<string, unknown> = {}) => callFunction<T>('tickets', { action, ...payload });

/**
 * Files a complaint, question, suggestion or praise online; the same requestId again is answered
 * with the same ticket.
 * @example await submitTicket({ type: 'complaint', content: '…', complaint: { scope: 'attitude' }, requestId })
 */
export function submitTicket(input: SubmitInput): Promise<ApiResult<{ ticket: TicketView }>> {
  return tickets('submit', { ...input });
}

/** The resident's own tickets, newest first. @example await myTickets() */
export function myTickets(after?: string): Promise<ApiResult<{ items: MyTicketRow[]; next: string | null }>> {
  return tickets('mine', after ? { limit: 20, after } : { limit: 20 });
}

/** One of the resident's own tickets (NOT_FOUND for anyone else's). */
export function getMyTicket(id: string): Promise<ApiResult<TicketView>> {
  return tickets('get', { id });
}

/** Every 一次性告知 the resident received, newest first. */
export function myNotices(): Promise<ApiResult<{ items: OneTimeNotice[] }>> {
  return tickets('notices');
}

/**
 * A fresh request id (8–64 of [A-Za-z0-9_-]) made once per form, so a retried tap files once.
 * @example newRequestId() // 't-lq3k9z-4f8a2c1d9x0b'
 */
export function newRequestId(random: () => number = Math.random, now: number = Date.now()): string {
  let tail = '';
  for (let i = 0; i < 12; i += 1) tail += Math.floor(random() * 36).toString(36);
  return `t-${now.toString(36)}-${tail}`;
}
