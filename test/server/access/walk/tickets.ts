import type { WalkPayloads } from '../walk-types';

let seq = 0;
const rid = () => `walk-tk-${(++seq).toString().padStart(4, '0')}`;
const november = (s: { month: string }) => ({ from: `${s.month}-01`, to: `${s.month}-30` });

/** `tickets`: every door onto the complaint about the walker, and the lists and books that hold it. */
export const payloads: WalkPayloads = {
  submit: () => ({ type: 'suggestion', content: '建议多放几把椅子', requestId: rid() }),
  mine: () => ({}),
  get: (s) => ({ id: s.complaintId }),
  notices: () => ({}),
  photoUploaded: (s) => ({ fileId: `cloud://walk-env.bucket/letters/${s.date}/walk${(++seq).toString(36)}.jpg` }),
  register: () => ({ requestId: rid(), channel: 'walkIn', type: 'consultation', content: '来访咨询', contact: { name: '王某' }, answeredOnSpot: '已当场解答' }),
  registerMailbox: () => ({ requestId: rid(), letters: [{ type: 'praise', content: '感谢窗口热情服务' }] }),
  inbox: () => ({}),
  staffList: () => ({}),
  accept: (s) => ({ id: s.complaintId }),
  reply: (s) => ({ id: s.complaintId, text: '您好，我是被投诉的同事，想和您沟通一下。', confirmed: true }),
  handOn: (s) => ({ id: s.complaintId, toStaffId: 'staff:demo-admin', note: '请处理' }),
  close: (s) => ({ id: s.complaintId, result: '投诉人已表示满意' }),
  issueNotice: (s) => ({ id: s.complaintId, guideKey: 'guide:consultation' }),
  reportDelay: (s) => ({ id: s.complaintId, reason: '需要核实', expectedBy: '2026-12-10' }),
  markMajor: (s) => ({ id: s.complaintId, reason: '想看看是谁投诉的' }),
  recordTransferReply: (s) => ({ id: s.complaintId, replyText: '已处理' }),
  complaintBook: (s) => november(s),
  complaintBookCsv: (s) => november(s),
  majorReport: (s) => ({ id: s.complaintId }),
};
