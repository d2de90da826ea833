import type { WalkFixture } from '../walk-types';

/**
 * `archives` (issue 15) in the authorization walk: the window staff member complained about is
 * turned away from every action (the archive is for its keepers); the director complained about
 * reads a filed volume holding both complaints, and its items show the complainant only through
 * the one access rule — never to them. The seed files such a volume as the archivist would.
 */
export const fixture: WalkFixture = {
  seed: async (s) => {
    const store = s.runtime.store;
    const volumeId = 'vol:consultation:2000-01';
    await store.put('archiveVolumes', {
      _id: volumeId, category: 'consultation', title: '走查用案卷', period: '2000-01', year: 2000, fonds: 'X001', retention: 'D10', retentionYears: 10,
      retentionEndsOn: '2010-12-31', firstNo: 1, itemCount: 2, archiveCode: 'X001-WS·2000-D10-ZX-0001～0002', status: 'filed', handlerId: s.handler.staffId ?? null,
      history: [], createdAt: 0, updatedAt: 0,
    });
    for (const [i, id] of [s.staffComplaintId, s.directorComplaintId].entries()) {
      await store.put('archiveItems', {
        _id: `${volumeId}:0000${i + 1}`, volumeId, position: i + 1, itemNo: i + 1, archiveCode: `X001-WS·2000-D10-ZX-000${i + 1}`,
        subject: `ticket:${id}`, title: '投诉（现场来访）', date: s.date,
      });
    }
    return { volume: volumeId };
  },
  payloads: {
    buildMonthlyVolume: (s) => ({ month: s.month }),
    buildLettersVolume: (s) => ({ period: `${s.month.slice(0, 4)}-H1` }),
    handOver: () => ({ half: '2000-H1' }),
    closedCases: () => ({}),
    caseFile: () => ({ applicationId: 'la_walk000000000000000000' }),
    buildCaseVolume: () => ({ applicationId: 'la_walk000000000000000000' }),
    volumes: () => ({}),
    volume: (s) => ({ volumeId: s.ids.volume }),
    step: (s) => ({ volumeId: s.ids.volume, step: 'handOver' }),
    lookup: (s) => ({ volumeId: s.ids.volume, purpose: '核对投诉登记' }),
    lookups: () => ({}),
    lookupsXlsx: () => ({}),
    proposeAppraisal: (s) => ({ volumeId: s.ids.volume, opinion: '建议销毁' }),
    approveDestruction: (s) => ({ volumeId: s.ids.volume, approver: '县司法局', documentNo: '县司发〔2011〕1号', date: s.date }),
    destroy: (s) => ({ volumeId: s.ids.volume, approvalRef: '县司发〔2011〕1号' }),
    destructions: () => ({}),
    settings: () => ({}),
    updateSettings: () => ({ fonds: 'X002' }),
  },
};

export const { payloads } = fixture;
export const { seed } = fixture;
