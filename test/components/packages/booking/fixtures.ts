import type { Appointment, Slot, SlotDay, SlotsResult } from '../../../../src/shared/appointments';

/** Friday 2026-10-09 10:00 Beijing: the day after the 国庆 break; Saturday 10-10 is a 调休 working day. */
export const NOW = Date.parse('2026-10-09T10:00:00+08:00');

export const slot = (start: string, end: string, left: number, capacity = 2): Slot => ({ start, end, capacity, left });

export const day = (date: string, weekday: number, slots: Slot[], reason: SlotDay['reason'] = 'weekday'): SlotDay =>
  ({ date, weekday, reason, provisional: false, slots });

/** Today (afternoon only: the morning is past or too soon), the 调休 Saturday, a full Monday, an empty Tuesday. */
export function slotsResult(overrides: { todayAfternoon?: Slot[] } = {}): { ok: true; data: SlotsResult } {
  return {
    ok: true,
    data: {
      days: [
        day('2026-10-09', 5, overrides.todayAfternoon ?? [slot('14:00', '14:30', 1), slot('14:30', '15:00', 2)]),
        day('2026-10-10', 6, [slot('09:00', '09:30', 2), slot('13:30', '14:00', 2)], 'adjustedWorkday'),
        day('2026-10-12', 1, [slot('09:00', '09:30', 0), slot('09:30', '10:00', 0)]),
        day('2026-10-13', 2, []),
      ],
      horizonEnd: '2026-10-23',
      minLeadMinutes: 120,
      serverNow: NOW,
    },
  };
}

export const resident = () => ({ ok: true, data: { kind: 'resident', name: '陈大爷' } });

export const services = () => ({
  ok: true,
  data: { services: [
    { key: 'consultation', label: '法律咨询', hint: '问问题、看材料' },
    { key: 'mediation', label: '人民调解', hint: '邻里、家庭纠纷' },
  ] },
});

/** An appointment as the server answers it. */
export function appointment(patch: Partial<Appointment> = {}): Appointment {
  return {
    id: 'appt-1', kind: 'office', status: 'booked', statusLabel: '已预约', service: 'consultation', serviceLabel: '法律咨询',
    date: '2026-10-09', start: '14:30', end: '15:00', createdAt: NOW, updatedAt: NOW, ...patch,
  };
}
