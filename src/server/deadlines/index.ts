/** Deadline clocks on records: start, pause, resume, stop, and recompute on a calendar change. */
export { startClock, type StartClockInput } from './start';
export { pauseClock, resumeClock, stopClock } from './change';
export { recomputeClocks, type ClockFollowers, type RecomputeSummary } from './recompute';
export { loadCalendar } from './calendar-source';
export { clockId, subjectKey, type ClockDoc, type ClockState, type SubjectRef } from './clock-doc';
export { clockTransitions, nextClockState } from './transitions';
export { nextCheckAtOf, dueCheckAt } from './next-check';
