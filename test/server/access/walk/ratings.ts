import type { WalkPayloads } from '../walk-types';

let seq = 0;
const rid = () => `walk-rt-${(++seq).toString().padStart(4, '0')}`;
const subject = (s: { complaintId: string }) => ({ type: 'ticket', id: s.complaintId });

/** `ratings`: the complaint's rating and callback, and the month's table that counts them. */
export const payloads: WalkPayloads = {
  pending: () => ({}),
  forSubject: (s) => ({ subject: subject(s) }),
  rate: (s) => ({ subject: subject(s), level: 'satisfied', requestId: rid() }),
  addComment: (s) => ({ ratingId: `rating:ticket:${s.complaintId}`, text: '其实挺好的' }),
  mine: () => ({}),
  recordRating: (s) => ({ subject: subject(s), level: 'satisfied', source: 'windowDevice' }),
  callbacks: () => ({}),
  callback: (s) => ({ taskId: `cb:ticket:${s.complaintId}` }),
  recordCallback: (s) => ({
    taskId: `cb:ticket:${s.complaintId}`, method: 'phone', reached: true, progress: '已解决', staffView: '满意', satisfiedNow: true,
  }),
  table: (s) => ({ month: s.month }),
  tableCsv: (s) => ({ month: s.month }),
  sampleDraw: (s) => ({ month: s.month }),
  callbackSettings: () => ({}),
  updateCallbackSettings: () => ({ workingDays: 3 }),
};
