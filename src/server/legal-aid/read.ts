import type { Ctx } from '../core/define';
import type { Filter } from '../ports/store';
import { isStationStaff } from '../core/access';
import { mayActor } from '../core/matter-access';
import { logAccess } from '../tickets/get';
import { toBeijingDate } from '../../domain/beijing';
import type { LegalAidRow, LegalAidStatus, LegalAidView, SameDayBoard, SameDayStep } from '../../shared/legal-aid';
import { legalAidSubject } from './ids';
import { loadFor, mayReadIdNumber, partiesOf } from './parties';
import type { LegalAidDoc } from './types';
import { rowOf, viewOf } from './views';

/**
 * One application through the one access rule (another resident's is NOT_FOUND). A staff read
 * that shows the applicant's id number in full is written to the access log in the same
 * transaction.
 *
 * @example await getApplication(ctx, { id }) // { application: { id, status: 'applied', greenChannel: true, … } }
 */
export async function getApplication(ctx: Ctx, input: { id: string }): Promise<{ application: LegalAidView }> {
  return ctx.store.transaction(async (tx) => {
    const doc = await loadFor(tx, ctx.actor, input.id, 'see');
    if (ctx.actor.kind === 'staff' && doc.applicant.idNumber && mayReadIdNumber(ctx.actor, doc) && doc.ownerOpenid !== ctx.actor.openid) {
      await logAccess(tx, ctx.actor, legalAidSubject(doc._id), ['applicant.idNumber'], 'legalAid.get', ctx.now);
    }
    return { application: viewOf(doc, ctx.actor) };
  });
}

/** The caller's own applications, newest first. @example await listMine(ctx) // { items: [...] } */
export async function listMine(ctx: Ctx): Promise<{ items: LegalAidRow[] }> {
  if (ctx.actor.kind !== 'resident' && ctx.actor.kind !== 'staff') return { items: [] };
  const docs = await ctx.store.find<LegalAidDoc>('legalAidApplications', { where: { ownerOpenid: ctx.actor.openid }, orderBy: [['receivedAt', 'desc']], limit: 50 });
  return { items: docs.map((d) => rowOf(d, ctx.now)) };
}

export interface QueueInput {
  status?: LegalAidStatus;
  green?: boolean;
  mine?: boolean;
  limit?: number;
  after?: string;
}

/**
 * The filter of a queue request, each served by one index on (…, queueKey): open, by status,
 * green only, and a worker's own cases (a legal-aid worker without a station role sees only
 * theirs).
 * @example queueFilter({ green: true }, actor) // { open: true, greenChannel: true }
 */
export function queueFilter(input: QueueInput, actor: Ctx['actor']): Filter {
  const where: Filter = input.status ? { status: input.status } : { open: true };
  if (input.green) where.greenChannel = true;
  if ((input.mine || !isStationStaff(actor)) && actor.kind === 'staff') where.workerStaffId = actor.staffId;
  return where;
}

/**
 * The staff queue: green channel first, then by the earliest running due time (overdue first),
 * one indexed query per page; rows pass the one access rule.
 *
 * @example await listQueue(ctx, { green: true, limit: 30 }) // { items, next, serverNow }
 */
export async function listQueue(ctx: Ctx, input: QueueInput): Promise<{ items: LegalAidRow[]; next: string | null; serverNow: number }> {
  const limit = input.limit ?? 30;
  const where = queueFilter(input, ctx.actor);
  if (input.after) where.queueKey = { $gt: input.after };
  const docs = await ctx.store.find<LegalAidDoc>('legalAidApplications', { where, orderBy: [['queueKey', 'asc']], limit: limit + 1 });
  const page = docs.slice(0, limit);
  return {
    items: page.filter((d) => mayActor(ctx.actor, partiesOf(d), 'see')).map((d) => rowOf(d, ctx.now)),
    next: docs.length > limit ? page[page.length - 1].queueKey : null,
    serverNow: ctx.now,
  };
}

/** Whether a same-day step happened, read from the timeline. @example stepDone(doc, 'decide') // true once granted or denied */
export function stepDone(d: Pick<LegalAidDoc, 'steps' | 'progress'>, step: SameDayStep): boolean {
  if (step === 'firstAid') return d.progress.some((p) => p.kind === 'contact');
  const kinds: Record<Exclude<SameDayStep, 'firstAid'>, string[]> = { accept: ['accept'], decide: ['grant', 'deny'], assign: ['assign'] };
  return d.steps.some((s) => kinds[step].includes(s.kind));
}

const STEP_PURPOSE: Record<SameDayStep, string> = { accept: 'legalAid.accept', decide: 'legalAid.decide', assign: 'legalAid.assign', firstAid: 'legalAid.firstAid' };

/**
 * The same-day board (五个当天): the green-channel and urgent applications whose same-day clocks
 * fall due on `date` (default today), and for each step whether it is done, when it is due,
 * and whether it is overdue.
 *
 * @example await sameDayBoard(ctx, {}) // { date: '2026-11-26', items: [{ steps: { accept: { done: true, … }, … } }] }
 */
export async function sameDayBoard(ctx: Ctx, input: { date?: string }): Promise<SameDayBoard> {
  const date = input.date ?? toBeijingDate(ctx.now);
  const docs = await ctx.store.find<LegalAidDoc>('legalAidApplications', { where: { sameDayDate: date }, orderBy: [['receivedAt', 'asc']], limit: 500 });
  const items = docs.filter((d) => mayActor(ctx.actor, partiesOf(d), 'see')).map((d) => {
    const steps = {} as SameDayBoard['items'][number]['steps'];
    for (const step of Object.keys(STEP_PURPOSE) as SameDayStep[]) {
      const c = d.clocks.find((x) => x.purpose === STEP_PURPOSE[step]);
      const done = stepDone(d, step);
      steps[step] = { done, dueAt: c?.dueAt ?? null, overdue: !done && c?.state === 'running' && c.dueAt !== null && c.dueAt <= ctx.now };
    }
    return { id: d._id, applicantName: d.applicant.name, status: d.status, receivedAt: d.receivedAt, steps };
  });
  return { date, items, serverNow: ctx.now };
}
