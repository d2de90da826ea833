import { action, defineFunction } from '../core/define';
import * as s from '../tickets/schemas';
import { submitTicket } from '../tickets/submit';
import { listMine, listMyNotices } from '../tickets/mine';
import { getTicket } from '../tickets/get';
import { registerTicket } from '../tickets/register';
import { registerMailbox } from '../tickets/mailbox';
import { listInboxTickets } from '../tickets/inbox';
import { listStaff } from '../tickets/staff-list';
import { acceptTicket } from '../tickets/accept';
import { replyTicket } from '../tickets/reply';
import { handOnTicket } from '../tickets/hand-on';
import { closeTicket } from '../tickets/close';
import { issueNotice } from '../tickets/notice';
import { reportDelay } from '../tickets/delay';
import { markMajor } from '../tickets/major';
import { recordTransferReply } from '../tickets/transfer-reply';
import { complaintBook, complaintBookCsv } from '../tickets/complaint-book';
import { majorReport } from '../tickets/major-report';
import { photoUploaded } from '../files/cloud-photos';

/**
 * `tickets` (issue 5): unified intake, complaints, the staff workbench. Every action, its
 * payload, result, access and error codes are documented in src/shared/tickets.ts (the contract).
 *
 * @example
 * await invoke(tickets, { action: 'submit', type: 'consultation', content: '…', requestId: 'r-12345678' }, { openid: 'o1' }, runtime)
 */
export const tickets = defineFunction('tickets', {
  submit: action({ access: 'person', input: s.submitInput, run: (ctx, input) => submitTicket(ctx, input) }),
  mine: action({ access: 'person', input: s.mineInput, run: (ctx, input) => listMine(ctx, input) }),
  get: action({ access: 'person', input: s.idInput, run: (ctx, input) => getTicket(ctx, input) }),
  notices: action({ access: 'person', input: s.emptyInput, run: (ctx) => listMyNotices(ctx) }),
  photoUploaded: action({ access: 'person', input: s.photoUploadedInput, run: (ctx, input) => photoUploaded(ctx, input) }),

  register: action({ access: 'staff', input: s.registerInput, run: (ctx, input) => registerTicket(ctx, input) }),
  registerMailbox: action({ access: 'staff', input: s.mailboxInput, run: (ctx, input) => registerMailbox(ctx, input) }),
  inbox: action({ access: 'staff', input: s.inboxInput, run: (ctx, input) => listInboxTickets(ctx, input) }),
  staffList: action({ access: 'staff', input: s.emptyInput, run: (ctx) => listStaff(ctx) }),
  accept: action({ access: 'staff', input: s.idInput, run: (ctx, input) => acceptTicket(ctx, input) }),
  reply: action({ access: 'staff', input: s.replyInput, run: (ctx, input) => replyTicket(ctx, input) }),
  handOn: action({ access: 'staff', input: s.handOnInput, run: (ctx, input) => handOnTicket(ctx, input) }),
  close: action({ access: 'staff', input: s.closeInput, run: (ctx, input) => closeTicket(ctx, input) }),
  issueNotice: action({ access: 'staff', input: s.noticeInput, run: (ctx, input) => issueNotice(ctx, input) }),
  reportDelay: action({ access: 'staff', input: s.delayInput, run: (ctx, input) => reportDelay(ctx, input) }),
  markMajor: action({ access: 'staff', input: s.majorInput, run: (ctx, input) => markMajor(ctx, input) }),
  recordTransferReply: action({ access: 'staff', input: s.transferReplyInput, run: (ctx, input) => recordTransferReply(ctx, input) }),

  complaintBook: action({ access: 'staff', input: s.rangeInput, run: (ctx, input) => complaintBook(ctx, input) }),
  complaintBookCsv: action({ access: 'staff', input: s.rangeInput, run: (ctx, input) => complaintBookCsv(ctx, input) }),
  majorReport: action({ access: 'staff', input: s.idInput, run: (ctx, input) => majorReport(ctx, input) }),
});
