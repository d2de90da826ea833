import { toBeijingDate } from '../../domain/beijing';
import { recomputeClocks } from '../deadlines/recompute';
import { clockFollowers } from './clock-followers';
import type { DailyJob } from './daily-jobs';

/**
 * Once a working day, clocks computed by an older calendar are computed again (issue 9 §4). An admin's
 * change recomputes at once; this catches what no admin did: a release whose calendar rules
 * changed (the 放假办法's statutory days closing 2027 before its notice) or a recompute cut
 * short. Costs one indexed read when nothing is stale; each move is audited by the recompute.
 * Finished when nothing failed (a failed clock is tried again at the next tick).
 */
export const calendarRecomputeJob: DailyJob = {
  name: 'calendarRecompute',
  title: '按当前工作日历重新计算办理时限',
  slotAt: (now, calendar) => (calendar.isWorkingDay(toBeijingDate(now)) ? { period: toBeijingDate(now), dueAt: now } : null),
  body: () => '工作日历变化后，正在计时的办理时限已重新计算。',
  run: async ({ store, calendar, now }) => (await recomputeClocks(store, calendar, now, { kind: 'system' }, clockFollowers)).failed === 0,
};
