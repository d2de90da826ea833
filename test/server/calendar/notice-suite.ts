import { invoke } from '../../../src/server/core/invoke';
import { admin } from '../../../src/server/functions/admin';
import { appointments } from '../../../src/server/functions/appointments';
import { info } from '../../../src/server/functions/info';
import { tickets } from '../../../src/server/functions/tickets';
import type { Runtime } from '../../../src/server/core/define';
import type { Store } from '../../../src/server/ports/store';
import { fixedClock } from '../../../src/server/ports/clock';
import { collections } from '../../../src/server/store/collections';
import { seedIfEmpty } from '../../../src/server/seed';
import { safeCalendar } from '../../../src/ui/calendar';
import { as, recordingSender } from '../../support/runtime';
import { HYPOTHETICAL_NOTICE_2027 } from './notice-2027';

/** Monday 2027-09-27 10:00 Beijing: 2027 has no notice yet; the National Day week is near. */
const NOW = Date.parse('2027-09-27T10:00:00+08:00');
const at = (iso: string) => Date.parse(`${iso}+08:00`);

async function everything(store: Store): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const name of Object.keys(collections)) out[name] = await store.find(name, { orderBy: [['_id', 'asc']], limit: 1000 });
  return out;
}

/**
 * The admin enters a year's holiday notice (issue 9 §4), on one store.
 * @example describeNoticeSuite('SQLite', async () => ({ store, cleanup }))
 */
export function describeNoticeSuite(name: string, open: () => Promise<{ store: Store; cleanup: () => Promise<void> }>): void {
  describe(`entering the State Council notice (${name})`, () => {
    let runtime: Runtime;
    let cleanup: () => Promise<void>;
    beforeEach(async () => {
      const opened = await open();
      cleanup = opened.cleanup;
      await seedIfEmpty(opened.store, NOW);
      runtime = { store: opened.store, clock: fixedClock(NOW), sender: recordingSender(), templates: {} };
    });
    afterEach(() => cleanup());

    const adminCall = (action: string, payload: Record<string, unknown>) => invoke(admin, { action, ...payload }, as.admin, runtime) as Promise<any>;

    it('shows the days the notice changes beside the current calendar, and writes nothing', async () => {
      const before = await everything(runtime.store);
      const res = await adminCall('previewHolidayNotice', { year: 2027, text: HYPOTHETICAL_NOTICE_2027 });
      expect(res.ok).toBe(true);
      expect(res.data.lines.map((l: { name: string }) => l.name)).toEqual(['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节']);
      expect(res.data.warnings).toEqual([]);
      const change = (d: string) => res.data.changes.find((c: { date: string }) => c.date === d);
      expect(change('2027-10-04')).toEqual({ date: '2027-10-04', before: { working: true, label: '上班' }, after: { working: false, label: '休息（国庆节）' } });
      expect(change('2027-10-09')).toEqual({ date: '2027-10-09', before: { working: false, label: '休息（周六）' }, after: { working: true, label: '上班（调休·国庆节）' } });
      expect(change('2027-10-01')).toEqual({ date: '2027-10-01', before: { working: false, label: '休息（国庆节·法定）' }, after: { working: false, label: '休息（国庆节）' } });
      expect(await everything(runtime.store)).toEqual(before);
    });

    it('marks the year official, moves running clocks and the bookings on new days off, with one audit entry', async () => {
      const booked = await invoke(appointments, { action: 'book', service: 'consultation', date: '2027-10-05', start: '09:00', requestId: 'req-notice-0001' }, as.resident, runtime) as any;
      expect(booked.ok).toBe(true);
      const submitted = await invoke(tickets, { action: 'submit', type: 'complaint', content: '窗口让我跑了三趟', name: '陈大爷', phone: '13800000000', complaint: { scope: 'notToldAtOnce' }, requestId: 'req-notice-0002' }, as.resident, runtime) as any;
      expect(submitted.ok).toBe(true);
      const accepted = await invoke(tickets, { action: 'accept', id: submitted.data.ticket.id }, as.staff, runtime) as any;
      expect(accepted.data.ticket.clock).toMatchObject({ dueAt: at('2027-10-05T17:00:00'), provisional: true });

      const res = await adminCall('enterHolidayNotice', { year: 2027, text: HYPOTHETICAL_NOTICE_2027 });
      expect(res).toMatchObject({ ok: true, data: { changed: true, needsReschedule: [booked.data.id] } });
      expect(res.data.clocks.moved).toBeGreaterThanOrEqual(1);

      const ticket = await runtime.store.get<any>('tickets', submitted.data.ticket.id);
      expect(ticket.dueAt).toBe(at('2027-10-09T17:00:00')); // 10-04..07 off, Saturday 10-09 worked
      const clock = await runtime.store.get<any>('clocks', ticket.clock.id);
      expect(clock).toMatchObject({ dueAt: at('2027-10-09T17:00:00'), provisional: false });
      expect(await runtime.store.get('appointments', booked.data.id)).toMatchObject({ status: 'needsReschedule', needsRescheduleReason: '当天工作站休息（国庆节）' });

      const audit = await runtime.store.find<any>('audit', { where: { subject: 'calendar:notice:2027' } });
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ action: 'calendar.notice', actor: { staffId: 'staff:demo-admin' }, from: { provisional: true } });

      const overview = await invoke(info, { action: 'overview' }, as.anonymous, runtime) as any;
      const calendar = safeCalendar(overview.data.calendar);
      expect(calendar.isProvisional('2027-03-01')).toBe(false);
      expect(calendar.isWorkingDay('2027-10-09')).toBe(true);
    });

    it('does nothing twice on a double tap', async () => {
      const first = await adminCall('enterHolidayNotice', { year: 2027, text: HYPOTHETICAL_NOTICE_2027 });
      expect(first.data.changed).toBe(true);
      const before = await everything(runtime.store);
      const again = await adminCall('enterHolidayNotice', { year: 2027, text: HYPOTHETICAL_NOTICE_2027 });
      expect(again).toMatchObject({ ok: true, data: { changed: false, alreadyEntered: true, needsReschedule: [] } });
      expect(await everything(runtime.store)).toEqual(before);
    });

    it('refuses text it cannot read, naming the line, and writes nothing', async () => {
      const before = await everything(runtime.store);
      const text = HYPOTHETICAL_NOTICE_2027.replace('10月1日（周五）至7日（周四）', '10月1日（周四）至7日（周四）');
      const res = await adminCall('enterHolidayNotice', { year: 2027, text });
      expect(res).toEqual({ ok: false, error: {
        code: 'VALIDATION', field: 'text',
        message: '「通知全文」有一行没有读懂：「七、国庆节：10月1日（周四）至7日（周四）放假调休，共7天。9月26日（周日）、10月9日（周六）上班。」——10月1日是周五，通知里写的是周四。请对照国务院通知原文修改后再试',
      } });
      expect(await everything(runtime.store)).toEqual(before);
    });
  });
}
