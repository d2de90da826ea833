import type { Calendar } from '../../domain/calendar';
import type { Store } from '../ports/store';
import type { FileStore } from '../ports/files';
import type { ReportStorage } from '../ports/report-storage';
import { sweepUnreferencedPhotos } from '../files/uploads';
import { callbackSampleJob, ratingReminderJob } from '../ratings/jobs';
import { studyReminderJob } from '../people/study/reminder';
import { legalAidLapseJob } from '../legal-aid/jobs';
import { calendarRecomputeJob } from './calendar-job';
import { handOverJob } from '../archives/hand-over';
import { reportClockJob, reportFileSweepJob } from '../reports/jobs';
import { beijingInstant, beijingMinuteOfDay, toBeijingDate } from '../../domain/beijing';

/** A run of a daily job that is due: its period (the run's identity) and when the task is due. */
export interface JobSlot {
  /** 'YYYY-MM-DD' for a daily job, 'YYYY-MM' for a monthly one. */
  period: string;
  dueAt: number;
}

/** A task the rules give the platform admin on a schedule, on working days only. */
export interface DailyJob {
  name: string;
  /** The slot due at `now`, or null when the job is not due now. */
  slotAt(now: number, calendar: Calendar): JobSlot | null;
  title: string;
  body(slot: JobSlot): string;
  /** The page the task's notification opens, when there is one to do it on. */
  link?: string;
  /**
   * A job that does work itself (issue 6) instead of giving the admins a task: it is run while
   * its period is due and not yet recorded; true = finished (the run is recorded, nobody is
   * told), false = more to do on the next tick. It must be idempotent.
   */
  run?(input: { store: Store; calendar: Calendar; slot: JobSlot; now: number; files?: FileStore; reportStorage?: ReportStorage }): Promise<boolean>;
  /** A `run` sweep that is idempotent by itself (issue 6's reminder): run at every tick it is due, never recorded. */
  sweep?: boolean;
}

/** First working day of the month `ymd` is in. */
function firstWorkingDayOfMonth(ymd: string, calendar: Calendar): string {
  const first = `${ymd.slice(0, 7)}-01`;
  return calendar.isWorkingDay(first) ? first : calendar.nextWorkingDay(first);
}

/**
 * Rule 八(二): the platform admin opens the complaint mailbox in the hall at 17:00 every
 * working day and registers the day's letters. Due from 17:00 until Beijing midnight of a
 * working day. A day the system was down past midnight is not made up the next day: the next
 * working day's 17:00 task covers every letter in the box.
 */
export const mailboxJob: DailyJob = {
  name: 'complaintMailbox',
  title: '开启大厅投诉意见箱，登记当天投诉信件',
  slotAt(now, calendar) {
    const today = toBeijingDate(now);
    if (!calendar.isWorkingDay(today) || beijingMinuteOfDay(now) < 17 * 60) return null;
    return { period: today, dueAt: beijingInstant(today, '24:00') };
  },
  body: () => '请于 17:00 开启大厅投诉意见箱，收集当天的投诉信件，并及时登记处理（制度八（二））。',
  link: '/packages/staff/pages/mailbox/index',
};

/**
 * Rule 九(五): consultation records (来访、来电) are filed one volume a month, in the first week
 * of the next month. Due from 9:00 on the month's first working day; if that day was missed
 * (the system was down) it is given on the next working days of that first week — through the
 * 5th working day, which is also the task's due day — and never twice in a month.
 */
export const archiveJob: DailyJob = {
  name: 'consultationArchive',
  title: '整理上月法律咨询（来访、来电）登记表并立卷归档',
  slotAt(now, calendar) {
    const today = toBeijingDate(now);
    if (!calendar.isWorkingDay(today) || beijingMinuteOfDay(now) < 9 * 60) return null;
    const first = firstWorkingDayOfMonth(today, calendar);
    const last = calendar.addWorkingDays(first, 4);
    if (today < first || today > last) return null;
    return { period: today.slice(0, 7), dueAt: beijingInstant(last, '17:00') };
  },
  body(slot) {
    const [y, m] = slot.period.split('-').map(Number);
    const [py, pm] = m === 1 ? [y - 1, 12] : [y, m - 1];
    return `系统已可按登记生成 ${py}年${pm}月 的法律咨询（来访、来电）卷：请在「档案管理」中组卷、核对并确认（审查、装订、领导审阅、归档），本月第一周内完成（制度九（五））。`;
  },
  link: '/packages/archives/pages/volumes/index', // issue 15: the task is to check and confirm the volume the system builds
};

/** Every scheduled job, in the order a tick runs them. */
/**
 * Issue 10: photos uploaded through the gateway that no ticket or application kept are removed
 * a day after upload — every day, working or not (a sweep, idempotent by itself, from 03:00).
 */
export const photoSweepJob: DailyJob = {
  name: 'photoSweep',
  title: '清理未使用的照片',
  slotAt(now) {
    const today = toBeijingDate(now);
    return beijingMinuteOfDay(now) < 3 * 60 ? null : { period: today, dueAt: beijingInstant(today, '24:00') };
  },
  body: () => '',
  run: ({ store, now, files, reportStorage }) => sweepUnreferencedPhotos(store, files, now, reportStorage), // cloud photos: deleted through the runtime's cloud storage
  sweep: true,
};

export const dailyJobs: DailyJob[] = [mailboxJob, archiveJob, handOverJob, callbackSampleJob, ratingReminderJob, studyReminderJob, legalAidLapseJob, photoSweepJob, calendarRecomputeJob, reportClockJob, reportFileSweepJob]; // report*: issue 14; handOver: issue 15
