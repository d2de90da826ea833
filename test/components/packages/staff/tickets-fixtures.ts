/**
 * Ticket fixtures for the component tests of the complaint, 我的事项 and workbench pages
 * (shapes from src/shared/tickets.ts).
 */
import type { InboxRow, OneTimeNotice, TicketStaffView, TicketView } from '../../../../src/shared/tickets';

export const at = (iso: string) => Date.parse(iso);
export const zhang = { staffId: 'staff:1', name: '示例·张某' };
export const li = { staffId: 'staff:2', name: '示例·李某' };

export const notice: OneTimeNotice = {
  id: 'nt_1', ticketId: 'tk_000000000000000000000001', guideKey: 'guide:legal-aid', title: '法律援助',
  policy: '经济困难的公民可以申请免费的法律帮助。《中华人民共和国法律援助法》第四十三条',
  process: ['提出申请', '审查', '指派律师'], materials: ['身份证', '经济困难状况说明表'],
  timeLimit: '收到申请之日起7日内作出决定', whereToGo: '西山镇公共法律服务工作站窗口', extra: '还需带村委会证明',
  oral: false, guideVersion: 1, issuedAt: at('2026-11-26T11:00:00+08:00'), issuedBy: zhang,
};

/** A complaint as its complainant sees it, answered once. */
export function residentTicket(over: Partial<TicketView> = {}): TicketView {
  return {
    view: 'resident', id: 'tk_000000000000000000000001', type: 'complaint', channel: 'online', status: 'processing',
    content: '窗口的人说不知道，让我找别人去', createdAt: at('2026-11-26T09:00:00+08:00'), dueAt: at('2026-12-03T17:00:00+08:00'),
    complaint: { scope: 'attitude' }, assignee: zhang, firstResponder: zhang,
    timeline: [
      { id: 'e1', at: at('2026-11-26T09:00:00+08:00'), kind: 'submitted', by: { resident: true }, summary: '您在网上提交了投诉' },
      { id: 'e2', at: at('2026-11-26T10:00:00+08:00'), kind: 'accepted', by: zhang, summary: '示例·张某 受理' },
      { id: 'e3', at: at('2026-11-26T10:30:00+08:00'), kind: 'reply', by: zhang, summary: '示例·张某 答复', text: '您好，我们已经核实情况，向您道歉。' },
    ],
    notices: [notice], closure: null, ...over,
  };
}

const can = { accept: false, reply: true, handOn: true, issueNotice: true, reportDelay: true, markMajor: true, recordTransferReply: false, close: true };

/** A complaint as its handler sees it. */
export function staffTicket(over: Partial<TicketStaffView> = {}): TicketStaffView {
  return {
    view: 'staff', id: 'tk_000000000000000000000001', type: 'complaint', channel: 'online', status: 'processing',
    content: '窗口的人说不知道，让我找别人去', createdAt: at('2026-11-26T09:00:00+08:00'), acceptedAt: at('2026-11-26T10:00:00+08:00'),
    contact: { name: '示例·陈大爷', phone: '13912345678' }, contactMasked: { name: '示例·陈**', phone: '139****5678' },
    online: true, firstResponder: zhang, assignee: zhang,
    complaint: { scope: 'attitude', callerIsRespondent: false, major: null }, letterPhotoIds: [],
    clock: { purpose: 'complaint.answer', title: '投诉答复', dueAt: at('2026-12-03T17:00:00+08:00'), warnAt: null, overdue: false, provisional: false },
    delay: null, timeline: residentTicket().timeline.slice(0, 2), notices: [], closure: null, can, ...over,
  };
}

/** An inbox row. */
export function row(over: Partial<InboxRow>): InboxRow {
  return {
    id: 'tk_000000000000000000000001', type: 'complaint', channel: 'online', status: 'processing', preview: '窗口的人说不知道',
    contactName: '示例·陈**', contactPhone: '139****5678', assignee: zhang, firstResponder: zhang, dueAt: null,
    overdue: false, major: false, createdAt: at('2026-11-20T09:00:00+08:00'), ...over,
  };
}
