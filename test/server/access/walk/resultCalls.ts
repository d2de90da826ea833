import type { WalkFixture } from '../walk-types';

/**
 * `resultCalls` (issue 9 §5, 告知结果) in the authorization walk: `mine` lists only the caller's
 * own tasks through the one access rule, and `record` asks the rule ('act') on the task's matter,
 * so the person complained about neither sees the complainant's number nor closes a task of the
 * complaint. The seed opens a task on the staff complaint as if it had come by phone.
 */
export const fixture: WalkFixture = {
  seed: async (s) => {
    const { partiesOf } = await import('../../../../src/server/tickets/caller');
    const { openResultCall } = await import('../../../../src/server/result-calls/open');
    const ticket = await s.runtime.store.get<any>('tickets', s.staffComplaintId);
    const id = await s.runtime.store.transaction(async (tx) => {
      const task = await openResultCall(tx, {
        subject: `ticket:${s.staffComplaintId}`, occasion: 'closed', staffId: s.handler.staffId!, title: '告知结果：投诉（来电）',
        tell: '投诉已查实并处理', contact: { name: s.complainant.name, phone: s.complainant.phone }, parties: partiesOf(ticket),
      }, Date.now(), { dueNow: Date.now() });
      return task!._id;
    });
    return { resultCall: id };
  },
  payloads: {
    mine: () => ({}),
    record: (s) => ({ id: s.ids.resultCall, reached: true, note: '已告知' }),
  },
};

export const { payloads } = fixture;
export const { seed } = fixture;
