import type { Calendar } from '../../domain/calendar';
import type { Doc, Store } from '../ports/store';
import type { FileStore } from '../ports/files';
import type { ReportStorage } from '../ports/report-storage';
import { createOnce } from '../outbox/create-once';
import { enqueue } from '../outbox/enqueue';
import { recipientKey } from '../outbox/types';
import { dailyJobs, type DailyJob, type JobSlot } from './daily-jobs';
import { staffWithRole } from './staff-with-role';

/** Purpose of task notifications (key of runtime.templates). */
export const TASK_PURPOSE = 'dailyTask';

/** 'partial': a working job (issue 6) did part of its work; the next tick goes on. */
export type JobOutcome = 'not-due' | 'ran' | 'already' | 'partial';

/** A recorded run; `_id` = `job:<name>:<period>` makes it once per period. */
export interface JobRunDoc extends Doc {
  _id: string;
  name: string;
  period: string;
  ranAt: number;
  recipients: string[];
}

/**
 * Runs one due job slot: in one transaction, records the run (`job:<name>:<period>`) and gives
 * every admin the task. If the run is already recorded — the timer fired twice, or two ticks
 * raced — nothing is written and the answer is 'already'.
 */
async function runSlot(store: Store, job: DailyJob, slot: JobSlot, adminIds: string[], now: number): Promise<JobOutcome> {
  return store.transaction(async (tx) => {
    const run: JobRunDoc = { _id: `job:${job.name}:${slot.period}`, name: job.name, period: slot.period, ranAt: now, recipients: adminIds };
    if (!(await createOnce(tx, 'jobRuns', run))) return 'already';
    for (const staffId of adminIds) {
      const recipient = { staffId };
      await enqueue(tx, {
        key: `${run._id}:${recipientKey(recipient)}`,
        recipient,
        purpose: TASK_PURPOSE,
        title: job.title,
        body: job.body(slot),
        dueAt: slot.dueAt,
        subject: `job:${job.name}`,
        ...(job.link ? { link: job.link } : {}),
      }, now);
    }
    return 'ran';
  });
}

/** Runs a working job's due period unless recorded; records it once its work is finished. */
async function runWork(store: Store, job: DailyJob, slot: JobSlot, calendar: Calendar, now: number, files?: FileStore, reportStorage?: ReportStorage): Promise<JobOutcome> {
  if (job.sweep) return (await job.run!({ store, calendar, slot, now, files, reportStorage })) ? 'ran' : 'partial';
  const id = `job:${job.name}:${slot.period}`;
  if (await store.get('jobRuns', id)) return 'already';
  if (!(await job.run!({ store, calendar, slot, now, files, reportStorage }))) return 'partial';
  const run: JobRunDoc = { _id: id, name: job.name, period: slot.period, ranAt: now, recipients: [] };
  return store.transaction(async (tx) => ((await createOnce(tx, 'jobRuns', run)) ? 'ran' : 'already'));
}

/**
 * The daily jobs a tick runs: each job that is due at `now` on `calendar` (working days only)
 * and not yet recorded for its period.
 *
 * @example
 * await runDailyJobs(store, calendar, Date.parse('2026-10-10T17:05:00+08:00'))
 * // { complaintMailbox: 'ran', consultationArchive: 'not-due' }
 */
export async function runDailyJobs(store: Store, calendar: Calendar, now: number, files?: FileStore, reportStorage?: ReportStorage): Promise<Record<string, JobOutcome>> {
  const outcomes: Record<string, JobOutcome> = {};
  let adminIds: string[] | undefined;
  for (const job of dailyJobs) {
    const slot = job.slotAt(now, calendar);
    if (!slot) {
      outcomes[job.name] = 'not-due';
      continue;
    }
    if (job.run) {
      outcomes[job.name] = await runWork(store, job, slot, calendar, now, files, reportStorage);
      continue;
    }
    adminIds ??= (await staffWithRole(store, 'admin')).map((s) => s._id);
    outcomes[job.name] = await runSlot(store, job, slot, adminIds, now);
  }
  return outcomes;
}
