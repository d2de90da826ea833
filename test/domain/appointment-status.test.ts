import { homeVisitTransitions, isActive, nextStatus, officeTransitions, refusalMessage } from '../../src/domain/appointment-status';
import type { AppointmentStatus } from '../../src/shared/appointments';

describe('appointment status table', () => {
  it('lets a booked office visit be cancelled, attended, missed, displaced or moved', () => {
    expect(nextStatus('office', 'booked', 'cancel')).toBe('cancelled');
    expect(nextStatus('office', 'booked', 'attend')).toBe('attended');
    expect(nextStatus('office', 'booked', 'noShow')).toBe('noShow');
    expect(nextStatus('office', 'booked', 'displace')).toBe('needsReschedule');
    expect(nextStatus('office', 'booked', 'reschedule')).toBe('booked');
  });
  it('brings a displaced booking back to booked by rescheduling', () => {
    expect(nextStatus('office', 'needsReschedule', 'reschedule')).toBe('booked');
    expect(nextStatus('office', 'needsReschedule', 'attend')).toBeNull();
  });
  it('refuses anything after the end states', () => {
    for (const s of ['cancelled', 'attended', 'noShow'] as AppointmentStatus[]) {
      for (const e of ['cancel', 'attend', 'noShow', 'reschedule', 'confirm', 'accept'] as const) {
        expect(nextStatus('office', s, e)).toBeNull();
        expect(nextStatus('homeVisit', s, e)).toBeNull();
      }
    }
  });
  it('answers a home-visit request by confirming or proposing, and a proposal by accepting', () => {
    expect(nextStatus('homeVisit', 'requested', 'confirm')).toBe('confirmed');
    expect(nextStatus('homeVisit', 'requested', 'propose')).toBe('proposed');
    expect(nextStatus('homeVisit', 'proposed', 'accept')).toBe('confirmed');
    expect(nextStatus('homeVisit', 'requested', 'accept')).toBeNull();
    expect(nextStatus('homeVisit', 'requested', 'attend')).toBeNull();
    expect(nextStatus('homeVisit', 'confirmed', 'attend')).toBe('attended');
  });
  it('keeps office and home-visit events apart', () => {
    expect(nextStatus('office', 'booked', 'confirm')).toBeNull();
    expect(nextStatus('homeVisit', 'confirmed', 'reschedule')).toBeNull();
  });
  it('every target of the tables is a known status', () => {
    const known = new Set(['booked', 'needsReschedule', 'requested', 'proposed', 'confirmed', 'cancelled', 'attended', 'noShow']);
    for (const table of [officeTransitions, homeVisitTransitions]) {
      for (const row of Object.values(table)) for (const to of Object.values(row ?? {})) expect(known.has(to as string)).toBe(true);
    }
  });
  it('counts only open statuses as active', () => {
    expect(isActive('booked')).toBe(true);
    expect(isActive('proposed')).toBe(true);
    expect(isActive('noShow')).toBe(false);
  });
  it('explains a refusal in Chinese', () => {
    expect(refusalMessage('cancelled', 'reschedule')).toBe('这个预约目前「已取消」，不能改约');
  });
});
