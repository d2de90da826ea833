import { AppError } from '../core/errors';
import type { Tx } from '../ports/store';
import type { Calendar } from '../../domain/calendar';
import { closingInstant } from '../../domain/deadlines';
import { clockId, pauseClock, resumeClock, startClock, stopClock, type ClockDoc } from '../deadlines';
import { earliestDue, materialsClockSpec, queueKeyOf, type LegalAidClockSpec } from '../../domain/legal-aid';
import { toBeijingDate } from '../../domain/beijing';
import { legalAidLink, MATERIALS_CLOCK, type ClockPurpose } from '../../shared/legal-aid';
import type { FnResult } from '../core/result';
import type { ClockSummary, LegalAidDoc } from './types';

const subjectOf = (id: string) => ({ type: 'legalAid', id });

/** The summary an application keeps of one clock document. */
function summaryOf(clock: ClockDoc): ClockSummary {
  const stopped = clock.state === 'stopped';
  return {
    purpose: clock.purpose as ClockPurpose, clockId: clock._id, title: clock.title, dueAt: clock.dueAt, provisional: clock.provisional,
    state: clock.state, stoppedAt: stopped ? clock.stoppedAt ?? null : null,
    onTime: stopped ? clock.dueAt === null || (clock.stoppedAt ?? 0) <= clock.dueAt : null,
  };
}

function unwrap(res: FnResult<ClockDoc>): ClockDoc {
  if (!res.ok) throw new AppError(res.error.code, res.error.message);
  return res.data;
}

/** Replaces (or adds) one clock's summary. */
function upsert(list: ClockSummary[], clock: ClockDoc): ClockSummary[] {
  const s = summaryOf(clock);
  return list.some((c) => c.purpose === s.purpose) ? list.map((c) => (c.purpose === s.purpose ? s : c)) : [...list, s];
}

/**
 * The due fields that follow the clocks: the earliest running due time (or, while waiting for
 * materials, the materials deadline) and the queue key.
 * @example withDue(doc).queueKey // '0|0001764147600000|la_…'
 */
export function withDue(doc: LegalAidDoc): LegalAidDoc {
  const first = earliestDue(doc.clocks);
  const dueAt = first?.dueAt ?? (doc.status === 'materialsRequested' ? doc.materialsDueAt : null);
  return { ...doc, dueAt, duePurpose: first?.purpose ?? null, queueKey: doc.open ? queueKeyOf(doc.greenChannel, dueAt, doc.receivedAt, doc._id) : `9|${doc._id}` };
}

/**
 * Starts clocks on the application inside the transaction; the resident is told when one runs
 * late, the directors are escalated to (the engine's scheduler).
 * @example doc = await startClocks(tx, doc, clocksAtReceipt('sameDay'), now, calendar, 'staff:1');
 */
export async function startClocks(tx: Tx, doc: LegalAidDoc, specs: LegalAidClockSpec[], at: number, calendar: Calendar, responsibleStaffId?: string | null): Promise<LegalAidDoc> {
  let clocks = doc.clocks;
  for (const spec of specs) {
    const clock = unwrap(await startClock(tx, {
      subject: subjectOf(doc._id), purpose: spec.purpose, title: spec.title, rule: spec.rule, warnBefore: spec.warnBefore, startedAt: at,
      link: legalAidLink(doc._id, 'staff'),
      ...(responsibleStaffId ? { responsibleStaffId } : {}),
      ...(doc.ownerOpenid ? { recipientOpenid: doc.ownerOpenid } : {}),
      ...(doc.greenChannel ? { tag: 'greenChannel' } : {}), // issue 14: the report counts the green channel's same-day promise
    }, calendar));
    clocks = upsert(clocks, clock);
  }
  return withDue({ ...doc, clocks });
}

/** Stops the named clocks that still run or are paused. */
export async function stopClocks(tx: Tx, doc: LegalAidDoc, purposes: ClockPurpose[], at: number, reason: string): Promise<LegalAidDoc> {
  let clocks = doc.clocks;
  for (const purpose of purposes) {
    const c = clocks.find((x) => x.purpose === purpose);
    if (!c || c.state === 'stopped') continue;
    clocks = upsert(clocks, unwrap(await stopClock(tx, c.clockId, at, reason)));
  }
  return withDue({ ...doc, clocks });
}

/** Pauses every running clock (waiting for materials: not counted, 第43条). */
export async function pauseClocks(tx: Tx, doc: LegalAidDoc, at: number, calendar: Calendar): Promise<LegalAidDoc> {
  let clocks = doc.clocks;
  for (const c of doc.clocks.filter((x) => x.state === 'running')) clocks = upsert(clocks, unwrap(await pauseClock(tx, c.clockId, at, calendar)));
  return withDue({ ...doc, clocks });
}

/** Resumes every paused clock: the due times move on by the time not counted. */
export async function resumeClocks(tx: Tx, doc: LegalAidDoc, at: number, calendar: Calendar): Promise<LegalAidDoc> {
  let clocks = doc.clocks;
  for (const c of doc.clocks.filter((x) => x.state === 'paused')) clocks = upsert(clocks, unwrap(await resumeClock(tx, c.clockId, at, calendar)));
  return withDue({ ...doc, clocks });
}

/** Makes `staffId` the one the running clocks warn and escalate to. */
export async function moveResponsibility(tx: Tx, doc: LegalAidDoc, staffId: string, at: number): Promise<void> {
  for (const c of doc.clocks.filter((x) => x.state !== 'stopped')) await tx.update('clocks', c.clockId, { responsibleStaffId: staffId, updatedAt: at });
}

/**
 * Keeps an open application's copy of a clock (and so its queue place) in step when a calendar
 * change moves it (a follower of recomputeClocks).
 * @example await followLegalAidClock(tx, clock, now)
 */
export async function followLegalAidClock(tx: Tx, clock: ClockDoc, now: number): Promise<void> {
  const doc = await tx.get<LegalAidDoc>('legalAidApplications', clock.subjectId);
  if (!doc || !doc.open) return;
  if (clock.purpose === MATERIALS_CLOCK) {
    if (doc.materials?.clockId !== clock._id || clock.dueAt === null) return;
    await tx.update('legalAidApplications', doc._id, { materials: { ...doc.materials, dueAt: clock.dueAt, dueDate: toBeijingDate(clock.dueAt) }, updatedAt: now });
    return;
  }
  const next = withDue({ ...doc, clocks: upsert(doc.clocks, clock), updatedAt: now });
  await tx.update('legalAidApplications', doc._id, {
    clocks: next.clocks, dueAt: next.dueAt, duePurpose: next.duePurpose, queueKey: next.queueKey, updatedAt: now,
    ...sameDayDateAfter(doc, clock),
  });
}

/**
 * The same-day board's day moves with the same-day clocks (a closed day moves them on): the day
 * a running same-working-day clock is now due.
 */
function sameDayDateAfter(doc: LegalAidDoc, clock: ClockDoc): { sameDayDate?: string } {
  if (!doc.sameDayDate || clock.rule.kind !== 'sameWorkingDay' || clock.state === 'stopped' || clock.dueAt === null) return {};
  const day = toBeijingDate(clock.dueAt);
  return day === doc.sameDayDate ? {} : { sameDayDate: day };
}

/**
 * Starts the clock of the materials an urgent application owes (先行提供, 第44条), due by the
 * notice's day. It warns and escalates to staff and the directors; the applicant is told in
 * the legal-aid words when it runs out (not the engine's 「我们正在加紧办理」 — the applicant owes
 * here), so it names no recipient.
 * @example const clock = await startMaterialsClock(tx, doc, '2026-12-03', now, calendar, 'staff:1')
 */
export async function startMaterialsClock(tx: Tx, doc: LegalAidDoc, dueDate: string, at: number, calendar: Calendar, responsibleStaffId: string): Promise<ClockDoc> {
  const spec = materialsClockSpec(at, dueDate);
  const id = clockId(subjectOf(doc._id), spec.purpose);
  const old = await tx.get<ClockDoc>('clocks', id);
  if (old) await tx.remove('clocks', id); // a second notice (after the first was supplied) starts afresh
  return unwrap(await startClock(tx, {
    subject: subjectOf(doc._id), purpose: spec.purpose, title: spec.title, rule: spec.rule, warnBefore: spec.warnBefore, startedAt: at,
    link: legalAidLink(doc._id, 'staff'), responsibleStaffId,
  }, calendar));
}

/** Stops the owed-materials clock, if it runs. @example await stopMaterialsClock(tx, doc, now, '已补充材料') */
export async function stopMaterialsClock(tx: Tx, doc: LegalAidDoc, at: number, reason: string): Promise<void> {
  const id = doc.materials?.clockId;
  if (!id) return;
  const clock = await tx.get<ClockDoc>('clocks', id);
  if (clock && clock.state !== 'stopped') unwrap(await stopClock(tx, id, at, reason));
}

/** The closing instant of the materials deadline day. @example materialsDueAt('2026-12-03') // 2026-12-03 17:00 +08 */
export function materialsDueAt(dueDate: string): number {
  return closingInstant(dueDate);
}

export { clockId };
