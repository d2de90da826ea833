import { action, defineFunction } from '../core/define';
import { closedObject, text, ymd } from '../content/schema-kit';
import {
  acceptProposal, book, cancel, closeDay, confirmHomeVisit, dayView, listMine, listSlots, loadSettings, markAttendance,
  pendingHomeVisits, proposeHomeVisit, recordOutcome, registerAbsence, registerPhoneHomeVisit, reopenDay, requestHomeVisit, reschedule,
  serviceOptions, updateSettings, upcomingClosures,
} from '../appointments';
import {
  absenceInput, appointmentId, bookInput, homeVisitInput, outcomeInput, phoneHomeVisitInput, proposeInput, rescheduleInput, settingsInput,
  slotsInput, visitTimeInput,
} from '../appointments/schemas';

const byId = closedObject({ id: appointmentId });

/**
 * `appointments` (issue 4): office visits in slots, home visits (上门服务), the staff day view,
 * 外出办案 and the admin's settings and closed days. The contract, with every payload, result,
 * access rule and error code: src/shared/appointments.ts.
 *
 * @example
 * await invoke(appointments, { action: 'book', service: 'consultation', date: '2026-12-01', start: '09:00', requestId: 'r-12345678' }, { openid: 'demo-resident' }, runtime)
 */
export const appointments = defineFunction('appointments', {
  services: action({ access: 'person', input: closedObject({}), run: async () => ({ services: serviceOptions() }) }),
  slots: action({ access: 'person', input: slotsInput, run: (ctx, input) => listSlots(ctx, input) }),
  book: action({ access: 'person', input: bookInput, run: (ctx, input) => book(ctx, input) }),
  mine: action({ access: 'person', input: closedObject({}), run: async (ctx) => ({ items: await listMine(ctx) }) }),
  cancel: action({
    access: 'person', input: closedObject({ id: appointmentId, reason: text('取消原因', 200).optional() }),
    run: (ctx, input) => cancel(ctx, input),
  }),
  reschedule: action({ access: 'person', input: rescheduleInput, run: (ctx, input) => reschedule(ctx, input) }),
  requestHomeVisit: action({ access: 'person', input: homeVisitInput, run: (ctx, input) => requestHomeVisit(ctx, input) }),
  acceptProposal: action({ access: 'person', input: byId, run: (ctx, input) => acceptProposal(ctx, input) }),

  day: action({ access: 'staff', input: closedObject({ date: ymd('日期') }), run: (ctx, input) => dayView(ctx, input.date) }),
  homeVisits: action({ access: 'staff', input: closedObject({}), run: async (ctx) => ({ items: await pendingHomeVisits(ctx) }) }),
  registerHomeVisit: action({ access: 'staff', input: phoneHomeVisitInput, run: (ctx, input) => registerPhoneHomeVisit(ctx, input) }), // issue 9 §5
  confirmHomeVisit: action({ access: 'staff', input: visitTimeInput, run: (ctx, input) => confirmHomeVisit(ctx, input) }),
  proposeHomeVisit: action({ access: 'staff', input: proposeInput, run: (ctx, input) => proposeHomeVisit(ctx, input) }),
  markAttended: action({ access: 'staff', input: byId, run: (ctx, input) => markAttendance(ctx, input, 'attend') }),
  markNoShow: action({ access: 'staff', input: byId, run: (ctx, input) => markAttendance(ctx, input, 'noShow') }),
  recordOutcome: action({ access: 'staff', input: outcomeInput, run: (ctx, input) => recordOutcome(ctx, input) }),
  registerAbsence: action({ access: 'staff', input: absenceInput, run: (ctx, input) => registerAbsence(ctx, input) }),

  settings: action({ access: 'admin', input: closedObject({}), run: (ctx) => loadSettings(ctx.store) }),
  updateSettings: action({
    access: 'admin', input: settingsInput,
    run: (ctx, { why, ...patch }) => updateSettings(ctx, patch, why),
  }),
  closeDay: action({
    access: 'admin', input: closedObject({ date: ymd('日期'), reason: text('暂停原因', 100) }),
    run: (ctx, input) => closeDay(ctx, input),
  }),
  reopenDay: action({
    access: 'admin', input: closedObject({ date: ymd('日期'), why: text('说明', 200).optional() }),
    run: (ctx, input) => reopenDay(ctx, input),
  }),
  closedDays: action({ access: 'admin', input: closedObject({}), run: async (ctx) => ({ items: await upcomingClosures(ctx.store, ctx.now) }) }),
});

