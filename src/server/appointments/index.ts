/** Appointments (issue 4): office visits in slots, home visits, staff day view, absences. */
export { book } from './book';
export { cancel } from './cancel';
export { reschedule } from './reschedule';
export { listMine } from './mine';
export { listSlots } from './list-slots';
export { requestHomeVisit } from './home-visit';
export { registerPhoneHomeVisit } from './phone-home-visit';
export { acceptProposal, confirmHomeVisit, proposeHomeVisit } from './answer-home-visit';
export { dayView, pendingHomeVisits } from './staff-day';
export { markAttendance, recordOutcome } from './attendance';
export { registerAbsence } from './absence';
export { closeDay } from './close-day';
export { rescheduleDayOff } from './day-off';
export { reopenDay, upcomingClosures } from './closures';
export { loadSettings, updateSettings, DEFAULT_SETTINGS } from './settings';
export { serviceOptions } from './services';
