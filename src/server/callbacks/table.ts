import type { Ctx } from '../core/define';
import { AppError } from '../core/errors';
import { hasRole } from '../core/access';
import { MAX_PAGE, type Store } from '../ports/store';
import { parseSubjectParam, type MissingCallback, type RatingsTable } from '../../shared/ratings';
import { maskName } from '../../domain/tickets/mask';
import { isOverdue } from '../../domain/ratings/callback-need';
import { rateOf } from '../../domain/ratings/tally';
import { rowOf, sortRows, tableCsv, totalsOf, type TallyRowInput } from '../../domain/ratings/table';
import { drawDocId, requestDocId, type CallbackTaskDoc, type RatingRequestDoc, type SampleDrawDoc, type TallyDoc } from '../ratings/docs';
import { tallyId } from '../ratings/tally-store';
import { partiesOfItem } from '../ratings/parties';
import { contactFor } from '../core/matter-access';
import type { Actor } from '../ports/identity';

/** Missing mandatory callbacks listed at most (the count is always complete). */
export const MISSING_LIST_LIMIT = 200;

/** Every document of `collection` matching `where`, read in pages by `_id`. */
async function readAll<T extends { _id: string }>(store: Store, collection: string, where: Record<string, string>): Promise<T[]> {
  const out: T[] = [];
  let after = '';
  for (;;) {
    const page = await store.find<T & { _id: string }>(collection, { where: { ...where, _id: { $gt: after } }, orderBy: [['_id', 'asc']], limit: MAX_PAGE });
    out.push(...page);
    if (page.length < MAX_PAGE) return out;
    after = page[page.length - 1]._id;
  }
}

/**
 * Fills in each listed missing callback's completion time and the resident's masked name from
 * its rating request (at most {@link MISSING_LIST_LIMIT} reads), so rows of the same type can be
 * told apart — the name only where the one access rule lets `reader` see the person at all (never
 * to the director a complaint is about).
 *
 * @example await describeMissing(store, missing, actor) // missing[0] → { …, completedAt: 1764…, residentName: '王**' }
 */
export async function describeMissing(store: Store, missing: MissingCallback[], reader: Actor): Promise<void> {
  for (const m of missing) {
    const subject = parseSubjectParam(m.subjectKey);
    const req = subject ? await store.get<RatingRequestDoc>('ratingRequests', requestDocId(subject)) : null;
    if (!req) continue;
    m.completedAt = req.completedAt;
    const shown = req.contact?.name ? contactFor(reader, await partiesOfItem(store, req), req.contact) : {};
    m.residentName = shown.name && req.contact.name ? maskName(req.contact.name) : null;
  }
}

/**
 * The monthly table of rule 十二(八), by the month the items were completed: per staff member ×
 * type, from the stored running counters (`ratingTallies`, changed with every completion,
 * rating and callback — so its cost follows staff × types, not tickets) plus the month's open
 * callback tasks (read by index) for what is overdue now and what mandatory callbacks are
 * missing; the sample summary from the stored draw.
 *
 * @example await monthlyTable(ctx.store, '2026-11', now) // { rows: [...], mandatory: { rate: 1, complete: true, … }, … }
 */
export async function monthlyTable(store: Store, month: string, now: number, reader: Actor = { kind: 'system' }): Promise<RatingsTable> {
  const tallies = await readAll<TallyDoc>(store, 'ratingTallies', { month });
  const open = await readAll<CallbackTaskDoc>(store, 'callbackTasks', { month, status: 'open' });
  const overdueByRow = new Map<string, number>();
  const missing: MissingCallback[] = [];
  let missingCount = 0;
  for (const t of open) {
    const overdue = isOverdue(t, now);
    const key = tallyId({ month, staff: t.staff ? { staffId: t.staff.staffId, name: t.staff.name } : null, typeKey: t.typeKey, typeLabel: t.typeLabel });
    if (overdue) overdueByRow.set(key, (overdueByRow.get(key) ?? 0) + 1);
    if (!t.mandatory) continue;
    missingCount++;
    if (missing.length < MISSING_LIST_LIMIT) {
      missing.push({ taskId: t._id, subjectKey: t.subjectKey, title: t.title, completedAt: 0, residentName: null, staffName: t.staff?.name ?? '（未指定）', reasons: t.reasons, dueAt: t.dueAt, overdue });
    }
  }
  const inputs: TallyRowInput[] = tallies.map(({ _id, month: _m, staffId, staffName, typeKey, typeLabel, ...tally }) => ({
    staffId, staffName, typeKey, typeLabel, tally, openOverdue: overdueByRow.get(_id) ?? 0,
  }));
  const totals = totalsOf(inputs);
  const draw = await store.get<SampleDrawDoc>('sampleDraws', drawDocId(month));
  missing.sort((a, b) => (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity));
  await describeMissing(store, missing, reader);
  return {
    month,
    generatedAt: now,
    rows: sortRows(inputs.map(rowOf)),
    totals,
    mandatory: {
      due: totals.mandatory.due, done: totals.mandatory.done, rate: totals.mandatory.rate,
      complete: missingCount === 0 && totals.mandatory.done === totals.mandatory.due, missing, missingCount,
    },
    sample: draw ? {
      drawn: draw.chosenIds.length, populationSize: draw.populationSize,
      rate: rateOf(draw.chosenIds.length, draw.populationSize), done: totals.sample.done,
    } : null,
  };
}

/** Directors and admins only (the `director` access level would leave the admin out). */
function assertLeader(ctx: Ctx): void {
  if (!hasRole(ctx.actor, 'director') && !hasRole(ctx.actor, 'admin')) throw new AppError('FORBIDDEN', '只有工作站主任和管理员可以查看评价回访统计');
}

/** @example await ratingsTable(ctx, { month: '2026-11' }) */
export function ratingsTable(ctx: Ctx, input: { month: string }): Promise<RatingsTable> {
  assertLeader(ctx);
  return monthlyTable(ctx.store, input.month, ctx.now, ctx.actor);
}

/**
 * The table as CSV (UTF-8 with BOM) named 服务评价与回访统计_<month>.csv.
 * @example await ratingsTableCsv(ctx, { month: '2026-11' }) // { filename: '服务评价与回访统计_2026-11.csv', csv: '\uFEFF工作人员,…' }
 */
export async function ratingsTableCsv(ctx: Ctx, input: { month: string }): Promise<{ filename: string; csv: string }> {
  assertLeader(ctx);
  const table = await monthlyTable(ctx.store, input.month, ctx.now, ctx.actor);
  return { filename: `服务评价与回访统计_${input.month}.csv`, csv: tableCsv(table.rows, table.totals) };
}

/**
 * The stored draw of `month`, NOT_FOUND before it is made.
 * @example await sampleDrawOf(ctx, { month: '2026-10' }) // { seed, populationSize, chosenIds, … }
 */
export async function sampleDrawOf(ctx: Ctx, input: { month: string }) {
  assertLeader(ctx);
  const draw = await ctx.store.get<SampleDrawDoc>('sampleDraws', drawDocId(input.month));
  if (!draw) {
    throw new AppError('NOT_FOUND', `${input.month} 的回访抽样还没有进行（每月第一个工作日抽取上月样本）`, 'month');
  }
  const { _id, ...view } = draw;
  return view;
}
