import type { Calendar } from '../../domain/calendar';
import type { ClockRule, WarnBefore } from '../../domain/deadlines';
import type { Tx } from '../ports/store';
import { ok, fail, type FnResult } from '../core/result';
import { createOnce } from '../outbox/create-once';
import { clockId, subjectKey, type ClockDoc, type SubjectRef } from './clock-doc';
import { computeFields } from './compute';
import { defaultWarnBefore } from './warn-defaults';

export interface StartClockInput {
  subject: SubjectRef;
  /** What the deadline is for, e.g. 'complaint.answer'. */
  purpose: string;
  /** Words a person reads in the notifications, e.g. 「投诉答复」. */
  title?: string;
  link?: string;
  rule: ClockRule;
  /** When the period starts (receipt, acceptance), epoch ms. */
  startedAt: number;
  responsibleStaffId?: string;
  recipientOpenid?: string;
  warnBefore?: WarnBefore;
  /** A label for counting (issue 14), e.g. 'greenChannel' on a green-channel application's clocks. */
  tag?: string;
}

/**
 * Starts a deadline clock on a record, inside the caller's transaction (so the record's change
 * and its clock commit together). The due and warning times are computed now and stored. A
 * record has one clock per purpose: starting it again answers CONFLICT and writes nothing.
 *
 * @example
 * await store.transaction((tx) => startClock(tx, {
 *   subject: { type: 'complaint', id: 'c1' }, purpose: 'complaint.answer', title: '投诉答复',
 *   rule: { kind: 'workingDays', days: 5 }, startedAt: now, responsibleStaffId: 's1',
 * }, calendar));
 */
export async function startClock(tx: Tx, input: StartClockInput, calendar: Calendar): Promise<FnResult<ClockDoc>> {
  const base = {
    _id: clockId(input.subject, input.purpose),
    subject: subjectKey(input.subject),
    subjectType: input.subject.type,
    subjectId: input.subject.id,
    purpose: input.purpose,
    title: input.title ?? '办理事项',
    rule: input.rule,
    warnBefore: input.warnBefore ?? defaultWarnBefore(input.rule),
    state: 'running' as const,
    startedAt: input.startedAt,
    pauses: [],
    warnedAt: null,
    overdueAt: null,
    createdAt: input.startedAt,
    updatedAt: input.startedAt,
    ...(input.link ? { link: input.link } : {}),
    ...(input.responsibleStaffId ? { responsibleStaffId: input.responsibleStaffId } : {}),
    ...(input.recipientOpenid ? { recipientOpenid: input.recipientOpenid } : {}),
    ...(input.tag ? { tag: input.tag } : {}),
  };
  const clock: ClockDoc = { ...base, ...computeFields(base, calendar, input.startedAt) };
  if (!(await createOnce(tx, 'clocks', clock))) {
    return fail({ code: 'CONFLICT', message: '这项办理时限已经开始计时' });
  }
  return ok(clock);
}
