import type { ReferralUnitView, ReferralView, UnitView } from '../../../../src/shared/referrals';

const at = (iso: string) => Date.parse(iso);

/** The registry as `referrals.units` answers it (sample units). */
export const UNITS: UnitView[] = [
  { id: 'unit:legal-aid-centre', name: '县法律援助中心（示例）', kind: 'external', phone: '0791-00000001', sample: true },
  { id: 'unit:police-station', name: '西山派出所（示例）', kind: 'external', phone: '0791-00000004', sample: true },
  { id: 'unit:court', name: '县人民法院西山法庭（示例）', kind: 'external', phone: '0791-00000005', sample: true },
  { id: 'unit:window-mediation', name: '人民调解窗口（示例）', kind: 'window', phone: '0791-83280001', sample: true },
];

export const unitsAnswer = () => ({ ok: true, data: { items: UNITS } });

/** One unit on a referral, received Thu 2026-11-26 10:00, to answer by Mon 11-30 17:00. */
export function unitOn(over: Partial<ReferralUnitView> = {}): ReferralUnitView {
  return {
    unitId: 'unit:court', name: '县人民法院西山法庭（示例）', kind: 'external', phone: '0791-00000005', lead: true, state: 'sent',
    receivedAt: at('2026-11-26T10:00:00+08:00'), acceptBy: at('2026-11-30T17:00:00+08:00'), answer: null, ...over,
  };
}

/** A referral as staff and liaisons get it. */
export function referral(over: Partial<ReferralView> = {}): ReferralView {
  return {
    id: 'rf_1', kind: 'referral', ticketId: 'tk_000000000000000000000001', applicationId: null, status: 'sent', statusLabel: '已交办，待受理',
    content: '请核实宅基地纠纷并组织调处', dueDate: '2026-12-10', dueAt: at('2026-12-10T17:00:00+08:00'),
    requirements: '依法调处，注意保护当事人隐私，结果书面反馈', units: [unitOn()], createdAt: at('2026-11-26T10:00:00+08:00'),
    createdBy: { staffId: 'staff:demo-staff', name: '示例·张某' }, result: null, guidance: null,
    notes: [{ at: at('2026-11-26T10:00:00+08:00'), kind: 'created', by: { staffId: 'staff:demo-staff', name: '示例·张某' }, summary: '示例·张某 分流交办：县人民法院西山法庭（示例）' }],
    myUnitIds: [], ...over,
  };
}

export const me = (roles: string[], name = '示例·张某') => () => ({ ok: true, data: { kind: 'staff', name, roles } });
