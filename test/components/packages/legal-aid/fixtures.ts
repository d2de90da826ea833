import type { LegalAidView } from '../../../../src/shared/legal-aid';

const at = (s: string) => Date.parse(`${s.replace(' ', 'T')}:00+08:00`);

/** A green-channel application as the server answers it, with overrides. */
export function legalAidView(extra: Partial<LegalAidView> = {}): LegalAidView {
  return {
    id: 'la_0123456789abcdef01234567', status: 'applied', statusLabel: '已申请，待受理', channel: 'online', greenChannel: true, greenGroups: ['elderly'],
    urgent: false, urgentReason: null, hardship: 'dibao', hardshipReview: 'exempt',
    applicant: { name: '陈大爷', phone: '13812345678', idNumber: '360122195003010019', birthDate: '1950-03-01' }, idNumberMasked: false, relation: null,
    matter: { kind: 'alimony', summary: '子女不给赡养费' }, declaration: null, photoIds: [], receivedAt: at('2026-11-26 10:00'), receivedDay: '2026-11-26',
    clocks: (['legalAid.accept', 'legalAid.decide', 'legalAid.assign', 'legalAid.firstAid'] as const).map((purpose, i) => ({
      purpose, title: ['法律援助受理', '法律援助审批', '法律援助指派', '法律援助首次援助'][i], dueAt: at('2026-11-26 17:00'), provisional: false, state: 'running' as const, stoppedAt: null, onTime: null,
    })),
    materials: null, decision: null, worker: null, progress: [], closure: null, termination: null, firstResponder: null,
    steps: [{ kind: 'applied', at: at('2026-11-26 10:00'), by: '申请人', summary: '小程序申请（绿色通道：老年人）' }], documents: [],
    ...extra,
  };
}

export { at };
