import type { DailyJob } from '../scheduler/daily-jobs';
import { beijingMinuteOfDay, toBeijingDate } from '../../domain/beijing';
import { previousMonth } from '../../domain/ratings/month';
import { createSampleTasks, drawMonth } from '../callbacks/sampling';
import { sendRatingReminders } from './remind';

/**
 * Rule 十二(五): the monthly callback draw of last month's hotline/online tickets. Due from 9:00
 * on the month's first working day (a day missed is made up on the next working days of the
 * month); the draw is made once (`sample:<month>`), then its callback tasks are created in
 * batches, one batch a tick, until all exist — only then is the run recorded.
 */
export const callbackSampleJob: DailyJob = {
  name: 'callbackSample',
  title: '每月回访抽样',
  slotAt(now, calendar) {
    const today = toBeijingDate(now);
    if (!calendar.isWorkingDay(today) || beijingMinuteOfDay(now) < 9 * 60) return null;
    const first = `${today.slice(0, 7)}-01`;
    const firstWorking = calendar.isWorkingDay(first) ? first : calendar.nextWorkingDay(first);
    if (today < firstWorking) return null;
    return { period: today.slice(0, 7), dueAt: now };
  },
  body: (slot) => `已抽取 ${previousMonth(slot.period)} 的回访样本（制度十二（五））。`,
  async run({ store, slot, now }) {
    const month = previousMonth(slot.period);
    await drawMonth(store, month, now);
    return createSampleTasks(store, month, now);
  },
};

/**
 * The one reminder to rate, 3 days after completion: a sweep at every tick, every day (the 3
 * days are calendar days), by the `remindAt` index — nothing due costs one empty query. Not
 * recorded in `jobRuns`: each reminder is once by its dedupe key and by clearing `remindAt`.
 */
export const ratingReminderJob: DailyJob = {
  name: 'ratingReminder',
  title: '服务评价提醒',
  sweep: true,
  slotAt: (now) => ({ period: toBeijingDate(now), dueAt: now }),
  body: () => '已提醒办结 3 天仍未评价的群众。',
  async run({ store, now }) {
    return (await sendRatingReminders(store, now)).done;
  },
};
