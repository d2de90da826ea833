import type { Calendar } from '../../domain/calendar';
import type { MatterParties } from '../../domain/access/matter';
import type { Tx } from '../ports/store';
import { createOnce } from '../outbox/create-once';
import { enqueue } from '../outbox/enqueue';
import { appendAudit, auditEvent } from '../content/audit';
import { startClock } from '../deadlines';
import { RESULT_CALLS_PAGE, RESULT_CALL_PURPOSE, type ResultCallOccasion } from '../../shared/result-calls';
import { RESULT_CALL_CLOCK, resultCallId, type ResultCallDoc } from './docs';

/** What a 「告知结果」 task is about, as the service that changes the matter knows it. */
export interface ResultCallSpec {
  subject: string;
  occasion: ResultCallOccasion;
  /** Distinguishes occasions that may repeat (a second delay, a new visit time); default: the occasion. */
  tag?: string;
  staffId: string;
  title: string;
  tell: string;
  contact: { name?: string; phone?: string };
  parties: MatterParties;
}

/**
 * Opens a 「告知结果」 task inside the caller's transaction (so the close, delay or visit time and
 * the task commit together): once per matter and occasion, with a 1-working-day clock on the
 * engine (the handler responsible; warned and escalated like any deadline) — or, without a
 * calendar at hand (the scheduler finding a matter late), due at `dueNow` — and a 「我的待办」
 * entry carrying the number to call, about the task itself (`resultCall:<id>`, its clock's
 * subject: the entry counts down until the person is told). Nobody to call (no phone): nothing is opened.
 *
 * @example await openResultCall(tx, { subject: 'ticket:tk_1', occasion: 'closed', staffId, title, tell, contact, parties }, now, { calendar })
 */
export async function openResultCall(
  tx: Tx, spec: ResultCallSpec, now: number, when: { calendar: Calendar } | { dueNow: number },
): Promise<ResultCallDoc | null> {
  const phone = spec.contact.phone;
  if (!phone) return null;
  const id = resultCallId(spec.subject, spec.tag ?? spec.occasion);
  if (await tx.get('resultCalls', id)) return null;
  let dueAt: number | null;
  let clockId: string | null = null;
  if ('calendar' in when) {
    const clock = await startClock(tx, {
      subject: { type: 'resultCall', id }, purpose: RESULT_CALL_CLOCK, title: spec.title, link: `${RESULT_CALLS_PAGE}?id=${encodeURIComponent(id)}`,
      rule: { kind: 'workingDays', days: 1 }, startedAt: now, responsibleStaffId: spec.staffId,
    }, when.calendar);
    dueAt = clock.ok ? clock.data.dueAt : null;
    clockId = clock.ok ? clock.data._id : null;
  } else {
    dueAt = when.dueNow;
  }
  const doc: ResultCallDoc = {
    _id: id, subject: spec.subject, occasion: spec.occasion, staffId: spec.staffId, title: spec.title, tell: spec.tell,
    contact: { ...(spec.contact.name ? { name: spec.contact.name } : {}), phone }, parties: spec.parties, status: 'open',
    dueAt, clockId, inboxId: `${id}:task`, attempts: [], doneAt: null, createdAt: now, updatedAt: now,
  };
  if (!(await createOnce(tx, 'resultCalls', doc))) return null;
  const who = spec.contact.name ? `${spec.contact.name}（${phone}）` : phone;
  await enqueue(tx, {
    key: doc.inboxId, recipient: { staffId: spec.staffId }, purpose: RESULT_CALL_PURPOSE, title: spec.title,
    body: `请打电话告诉${who}：${spec.tell}`, link: `${RESULT_CALLS_PAGE}?id=${encodeURIComponent(id)}`, subject: `resultCall:${id}`, phone,
    ...(dueAt !== null ? { dueAt } : {}),
  }, now);
  await appendAudit(tx, auditEvent({ at: now, actor: { kind: 'system' }, subject: `resultCall:${id}`, action: 'resultCall.open', to: { staffId: spec.staffId, occasion: spec.occasion, matter: spec.subject } }));
  return doc;
}
