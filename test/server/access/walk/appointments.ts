import { invoke } from '../../../../src/server/core/invoke';
import { appointments } from '../../../../src/server/functions/appointments';
import type { WalkPayloads, WalkSeed } from '../walk-types';

let seq = 0;
const rid = () => `walk-appt-${(++seq).toString().padStart(4, '0')}`;

/** Another resident's office booking and home-visit request, for the staff actions to work on. */
export async function seed(s: WalkSeed): Promise<Record<string, string>> {
  const call = async (event: Record<string, unknown>) => {
    const res = await invoke(appointments, event, { openid: 'demo-resident' }, s.runtime);
    if (!res.ok) throw new Error(`walk seed appointments.${String(event.action)}: ${JSON.stringify(res.error)}`);
    return res.data as { id: string };
  };
  const office = await call({ action: 'book', service: 'consultation', date: '2026-12-01', start: '09:00', requestId: rid() });
  const visit = await call({
    action: 'requestHomeVisit', basis: 'age70', address: '西山镇示例村 1 号', phone: '13800000001', preferredDays: ['2026-12-02'],
    description: '想咨询遗嘱', requestId: rid(),
  });
  return { officeBooking: office.id, homeVisit: visit.id };
}

/** `appointments`: booking, home visits, the staff day view (none of these are the complainants'). */
export const payloads: WalkPayloads = {
  services: () => ({}),
  slots: () => ({ date: '2026-12-01' }),
  book: () => ({ service: 'consultation', date: '2026-12-02', start: '10:00', requestId: rid() }),
  mine: () => ({}),
  cancel: (s) => ({ id: s.ids.officeBooking, reason: '有事' }),
  reschedule: (s) => ({ id: s.ids.officeBooking, date: '2026-12-03', start: '09:00', requestId: rid() }),
  requestHomeVisit: () => ({
    basis: 'age70', birthDate: '1950-01-01', address: '西山镇示例村 2 号', phone: '13800000002', preferredDays: ['2026-12-02'], description: '咨询', requestId: rid(),
  }),
  acceptProposal: (s) => ({ id: s.ids.homeVisit }),
  day: () => ({ date: '2026-12-01' }),
  homeVisits: () => ({}),
  registerHomeVisit: () => ({ requestId: rid(), name: '示例·王某', phone: '0791-83280009', address: '西山镇示例村 3 号', basis: 'age70', age: 80, description: '来电咨询赡养' }), // issue 9 §5
  confirmHomeVisit: (s) => ({ id: s.ids.homeVisit, date: '2026-12-02', time: '10:00' }),
  proposeHomeVisit: (s) => ({ id: s.ids.homeVisit, date: '2026-12-03', time: '10:00', note: '改到周四上午' }),
  markAttended: (s) => ({ id: s.ids.officeBooking }),
  markNoShow: (s) => ({ id: s.ids.officeBooking }),
  recordOutcome: (s) => ({ id: s.ids.officeBooking, outcome: '已解答', needsFollowUp: false }),
  registerAbsence: () => ({ date: '2026-12-04', from: '09:00', to: '12:00', reason: '外出办案' }),
  settings: () => ({}),
  updateSettings: () => ({ capacityPerSlot: 3 }),
  closeDay: () => ({ date: '2026-12-08', reason: '集中培训' }),
  reopenDay: () => ({ date: '2026-12-08' }),
  closedDays: () => ({}),
};
