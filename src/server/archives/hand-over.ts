import type { Calendar } from '../../domain/calendar';
import type { ClockRule } from '../../domain/deadlines';
import { beijingInstant, beijingMinuteOfDay, toBeijingDate } from '../../domain/beijing';
import { halfYearOf, handOverHalfOf, periodsOfHalf, periodWords } from '../../domain/archives';
import type { ReviewStep, VolumeView } from '../../shared/archives';
import type { Ctx } from '../core/define';
import { clockId, startClock, stopClock, type ClockDoc, type SubjectRef } from '../deadlines';
import { enqueue } from '../outbox/enqueue';
import { recipientKey } from '../outbox/types';
import type { Store } from '../ports/store';
import type { DailyJob } from '../scheduler/daily-jobs';
import { staffWithRole } from '../scheduler/staff-with-role';
import { takeStep } from './steps';
import { volumeView } from './views';
import type { VolumeDoc } from './types';

export const VOLUMES_PAGE = '/packages/archives/pages/volumes/index';
const PURPOSE = 'archives.handOver';
/** Statuses a volume has before it can be handed over (still in review, or filed and waiting). */
const NOT_YET = ['building', 'handedIn', 'returned', 'passed', 'bound', 'directorReviewed', 'filed'];

/** @example handOverSubject('2026-H2') // { type: 'archiveHandOver', id: '2026-H2' } */
export const handOverSubject = (half: string): SubjectRef => ({ type: 'archiveHandOver', id: half });

/** The volumes whose period falls in the half year (monthly consultation volumes, letters volumes). */
async function volumesOfHalf(store: Store, half: string): Promise<VolumeDoc[]> {
  return store.find<VolumeDoc>('archiveVolumes', { where: { period: { $in: periodsOfHalf(half) } }, orderBy: [['period', 'asc'], ['_id', 'asc']], limit: 500 });
}

/**
 * Stops the half year's hand-over clock once no volume of it is left before 已送交统一保管: the
 * task in 我的待办 shows 「✓ 已办理」. A half year without its task yet (or already done) is left alone.
 */
async function closeIfDone(ctx: Ctx, half: string): Promise<boolean> {
  const left = (await volumesOfHalf(ctx.store, half)).filter((v) => NOT_YET.includes(v.status));
  if (left.length > 0) return false;
  const id = clockId(handOverSubject(half), PURPOSE);
  await ctx.store.transaction(async (tx) => {
    const clock = await tx.get<ClockDoc>('clocks', id);
    if (clock && clock.state !== 'stopped') await stopClock(tx, id, ctx.now, '已送交统一保管');
  });
  return true;
}

/**
 * Rule 九(五) 半年一次送交统一保管: hands over every filed volume of the half year (its monthly
 * consultation volumes and its letters volume), each step on the volume's history and audit
 * trail; the half year's task is done when none is left in review. Again: nothing more happens.
 *
 * @example await handOverHalf(ctx, { half: '2026-H2' }) // { volumes: [ …已送交统一保管 ], remaining: [] }
 */
export async function handOverHalf(ctx: Ctx, input: { half: string }): Promise<{ volumes: VolumeView[]; remaining: VolumeView[]; done: boolean }> {
  const volumes: VolumeView[] = [];
  for (const v of await volumesOfHalf(ctx.store, input.half)) {
    if (v.status === 'filed') volumes.push((await takeStep(ctx, v._id, 'handOver')).volume);
  }
  const remaining = (await volumesOfHalf(ctx.store, input.half)).filter((v) => NOT_YET.includes(v.status)).map((v) => volumeView(v, ctx.actor));
  const done = await closeIfDone(ctx, input.half);
  return { volumes, remaining, done };
}

/**
 * A review or filing step on one volume (`step`); handing the last volume of a half year over by
 * hand does that half year's task too.
 *
 * @example await reviewStep(ctx, { volumeId: 'vol:consultation:2026-12', step: 'handOver' }) // { volume: { status: 'handedOver' } }
 */
export async function reviewStep(ctx: Ctx, input: { volumeId: string; step: ReviewStep; note?: string }): Promise<{ volume: VolumeView }> {
  const res = await takeStep(ctx, input.volumeId, input.step, input.note);
  if (input.step === 'handOver') await closeIfDone(ctx, halfOfPeriod(res.volume.period));
  return res;
}

/**
 * The half year a volume is handed over with.
 * @example halfOfPeriod('2026-08') // '2026-H2'
 * @example halfOfPeriod('2026') // '2026-H2' — a yearly letters volume, handed over in January
 */
export function halfOfPeriod(period: string): string {
  if (/^\d{4}-\d{2}$/.test(period)) return halfYearOf(period);
  return period.includes('-H') ? period : `${period}-H2`;
}

/** Working days from `today` to `last` (0 = the same day). */
function workingDaysTo(today: string, last: string, calendar: Calendar): number {
  let k = 0;
  while (calendar.addWorkingDays(today, k) < last) k += 1;
  return k;
}

/**
 * Opens the half year's hand-over task: a deadline clock on `archiveHandOver:<half>` (due at the
 * end of the first week's 5th working day) and a to-do for every archivist (the admins when the
 * station has none yet), in one transaction; again, nothing new (clock created once, messages by key).
 */
export async function openHandOverTask(store: Store, calendar: Calendar, half: string, last: string, now: number): Promise<boolean> {
  const archivists = await staffWithRole(store, 'archivist');
  const recipients = (archivists.length ? archivists : await staffWithRole(store, 'admin')).map((s) => s._id);
  const days = workingDaysTo(toBeijingDate(now), last, calendar);
  const rule: ClockRule = days === 0 ? { kind: 'sameWorkingDay' } : { kind: 'workingDays', days };
  await store.transaction(async (tx) => {
    const id = clockId(handOverSubject(half), PURPOSE);
    let started = await tx.get<ClockDoc>('clocks', id);
    if (!started) {
      const made = await startClock(tx, {
        subject: handOverSubject(half), purpose: PURPOSE, title: `${periodWords(half)}案卷送交统一保管`, link: VOLUMES_PAGE, rule, startedAt: now,
        ...(recipients[0] ? { responsibleStaffId: recipients[0] } : {}), // warned before, and the directors told when it runs late
      }, calendar);
      if (made.ok) started = made.data;
    }
    const dueAt = started?.dueAt ?? beijingInstant(last, '17:00');
    for (const staffId of recipients) {
      const recipient = { staffId };
      await enqueue(tx, {
        key: `archive:handOver:${half}:${recipientKey(recipient)}`, recipient, purpose: 'archiveHandOver',
        title: `${periodWords(half)}案卷送交统一保管`,
        body: `请将${periodWords(half)}已归档的法律咨询卷、来信卷送交西山镇公共法律服务工作站统一保管，并在「档案管理」中登记送交（制度九（五））。`,
        link: VOLUMES_PAGE, subject: `archiveHandOver:${half}`, dueAt,
      }, now);
    }
  });
  return true;
}

/**
 * Rule 九(五): every half year the volumes go to the station's archive (送交统一保管). In the first
 * week of January (the last half year) and July (the first), from 9:00 on a working day through
 * the month's 5th working day, the archivist is given the task once; handing the half year over
 * (`handOver`) closes it.
 */
export const handOverJob: DailyJob = {
  name: 'archiveHandOver',
  title: '半年一次：案卷送交统一保管',
  slotAt(now, calendar) {
    const today = toBeijingDate(now);
    const half = handOverHalfOf(today.slice(0, 7));
    if (!half || !calendar.isWorkingDay(today) || beijingMinuteOfDay(now) < 9 * 60) return null;
    const first = `${today.slice(0, 7)}-01`;
    const firstWorking = calendar.isWorkingDay(first) ? first : calendar.nextWorkingDay(first);
    const last = calendar.addWorkingDays(firstWorking, 4);
    if (today < firstWorking || today > last) return null;
    return { period: half, dueAt: beijingInstant(last, '17:00') };
  },
  body: (slot) => `${periodWords(slot.period)}案卷送交统一保管（制度九（五））。`,
  link: VOLUMES_PAGE,
  run: ({ store, calendar, slot, now }) => openHandOverTask(store, calendar, slot.period, toBeijingDate(slot.dueAt), now),
};
