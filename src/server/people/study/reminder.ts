import type { DailyJob } from '../../scheduler/daily-jobs';
import { beijingInstant, beijingMinuteOfDay, toBeijingDate } from '../../../domain/beijing';
import { enqueue } from '../../outbox/enqueue';
import { progressItems, stationPeople } from './progress';

/** Purpose (template key) of the study reminder. */
export const STUDY_PURPOSE = 'studyBehind';

/** The study page the reminder opens. */
export const STUDY_URL = '/packages/people/pages/study/index';

/**
 * Rule 十(二)/(三)5: on the first working day of each month (from 9:00; made up through the
 * month's 5th working day if the system was down, never later — a stale reminder helps nobody), everyone behind the even pace to 30 group hours gets a reminder in
 * 我的待办. Once a month: the run is recorded (`job:studyReminder:<YYYY-MM>`) and each reminder has
 * its own dedupe key. Not in January, when the year has only begun.
 */
export const studyReminderJob: DailyJob = {
  name: 'studyReminder',
  title: '集中学习进度提醒',
  slotAt(now, calendar) {
    const today = toBeijingDate(now);
    if (today.slice(5, 7) === '01' || !calendar.isWorkingDay(today) || beijingMinuteOfDay(now) < 9 * 60) return null;
    const first = `${today.slice(0, 7)}-01`;
    const firstWorking = calendar.isWorkingDay(first) ? first : calendar.nextWorkingDay(first);
    if (today < firstWorking || today > calendar.addWorkingDays(firstWorking, 4)) return null;
    return { period: today.slice(0, 7), dueAt: beijingInstant(today, '17:00') };
  },
  body: () => '已提醒集中学习进度落后的工作人员。',
  async run({ store, slot, now }) {
    const today = toBeijingDate(now);
    const year = Number(today.slice(0, 4));
    const items = await progressItems(store, year, today, await stationPeople(store));
    for (const item of items.filter((i) => i.behind)) {
      await store.transaction((tx) => enqueue(tx, {
        key: `study:behind:${slot.period}:${item.staffId}`,
        recipient: { staffId: item.staffId },
        purpose: STUDY_PURPOSE,
        title: '集中学习进度落后',
        body: `${year}年您的集中学习已记 ${item.groupHours} 学时，按进度到今天应有 ${item.expectedHours} 学时（全年不少于 30 学时，制度十（二））。请参加集中学习或补记学时。`,
        link: STUDY_URL,
        dueAt: slot.dueAt,
        subject: `study:${year}:${item.staffId}`,
      }, now));
    }
    return true;
  },
};
