import type { DailyJob } from '../scheduler/daily-jobs';
import { beijingInstant, beijingMinuteOfDay, toBeijingDate } from '../../domain/beijing';
import { dueRule } from './submissions';
import { startReportClocks } from './report-clocks';
import { sweepFiles, SWEEP_PAGE } from './files';

/**
 * Issue 14 (rule 十一(五)): at every tick (any day: a month ends on holidays too) the clocks of
 * last month's summary and — after a quarter — the quarter's report are started if they are not
 * there yet. A sweep, idempotent by itself: it looks the (at most two) clocks up by their ids, so
 * a tick that finds them costs two reads and writes nothing; a month the system was down is made
 * up at the first tick after.
 */
export const reportClockJob: DailyJob = {
  name: 'reportClocks',
  title: '报表报送计时',
  sweep: true,
  slotAt: (now) => ({ period: toBeijingDate(now).slice(0, 7), dueAt: now }),
  body: () => '',
  async run({ store, calendar, now }) {
    await startReportClocks(store, calendar, await dueRule({ store }), now);
    return true;
  },
};

/**
 * Issue 14: generated report files past their 30 minutes are deleted, by the `expiresAt` index,
 * with their cloud-storage copies in the cloud, every day from 02:00 (a sweep, idempotent by itself: a page at a time, more on the next tick).
 */
export const reportFileSweepJob: DailyJob = {
  name: 'reportFileSweep',
  title: '清理过期的报表文件',
  sweep: true,
  slotAt(now) {
    const today = toBeijingDate(now);
    return beijingMinuteOfDay(now) < 2 * 60 ? null : { period: today, dueAt: beijingInstant(today, '24:00') };
  },
  body: () => '',
  async run({ store, now, reportStorage }) {
    return (await sweepFiles(store, now, reportStorage)) < SWEEP_PAGE;
  },
};
