import type { ReferralDoc } from '../../../../src/server/referrals/types';
import type { WalkFixture, WalkSeed } from '../walk-types';

const key = (complaintId: string) => `referral:${complaintId}`;

/**
 * `referrals` (issue 13) in the authorization walk. The seed has the handler refer each complaint
 * to the county court (sample unit), so the walkers — the person complained about and the
 * director complained about in the second — meet the referral of the complaint about them on
 * every action: they are refused (the one access rule's respondent row), and no answer carries
 * the complainant (a referral never holds the resident's contact).
 */
export const fixture: WalkFixture = {
  async seed(s: WalkSeed) {
    // The walk's complaints are already closed, and a closed matter cannot be referred any more,
    // so the referrals are written as `refer` would have written them while the complaints were open.
    const ids: Record<string, string> = {};
    const now = s.runtime.clock.now();
    for (const [i, complaintId] of [s.staffComplaintId, s.directorComplaintId].entries()) {
      const id = `rf_walk${i}`;
      const unit = { unitId: 'unit:window-consult', name: '本站法律咨询窗口（示例）', kind: 'window', phone: '0791-83280001', lead: true, state: 'sent', receivedAt: now, acceptBy: now + 3 * 86_400_000, round: 1, answer: null };
      const doc: ReferralDoc = {
        _id: id, kind: 'explanation', ticketId: complaintId, status: 'sent', open: true, content: '请窗口就投诉问题作出说明，并提出拟处理意见',
        dueDate: s.date, dueAt: now + 86_400_000, requirements: '如实说明，按时反馈', units: [unit as ReferralDoc['units'][number]], unitIds: [unit.unitId], round: 1,
        createdAt: now, createdBy: { staffId: s.handler.staffId!, name: '示例·经办人' }, result: null, guidance: null, residentMessage: null,
        notes: [], handledRequests: {}, updatedAt: now,
      };
      await s.runtime.store.put('referrals', doc);
      await s.runtime.store.put('referralLinks', { _id: `${unit.unitId}|${id}`, unitId: unit.unitId, referralId: id, open: true, createdAt: now });
      ids[key(complaintId)] = id;
    }
    return ids;
  },
  payloads: {
    units: () => ({}),
    saveUnit: () => ({ name: '示例·某调解委员会', kind: 'external', phone: '0791-12345678', requestId: 'walk-unit-0001' }),
    refer: (s) => ({
      requestId: 'walk-referral-0100', ticketId: s.complaintId, units: [{ unitId: 'unit:court', lead: true }],
      content: '请核实', dueDate: s.date, requirements: '按时反馈',
    }),
    answer: (s) => ({ id: s.ids[key(s.complaintId)], unitId: 'unit:window-consult', accept: true }),
    progress: (s) => ({ id: s.ids[key(s.complaintId)], unitId: 'unit:window-consult', text: '正在核实' }),
    result: (s) => ({ id: s.ids[key(s.complaintId)], unitId: 'unit:window-consult', text: '已作出说明' }),
    check: (s) => ({ id: s.ids[key(s.complaintId)], residentMessage: '已核实' }),
    returnResult: (s) => ({ id: s.ids[key(s.complaintId)], note: '说明不充分' }),
    redispatch: (s) => ({ id: s.ids[key(s.complaintId)], units: [{ unitId: 'unit:county-supervision', lead: true }], reason: '改报县局' }),
    closeWithGuidance: (s) => ({ id: s.ids[key(s.complaintId)], guidance: '可向县司法局反映' }),
    list: () => ({}),
    get: (s) => ({ id: s.ids[key(s.complaintId)] }),
    notice: (s) => ({ id: s.ids[key(s.complaintId)] }),
  },
};

export const { payloads, seed } = fixture;
