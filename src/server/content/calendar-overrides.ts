import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import type { Doc, Store } from '../ports/store';
import { MAX_PAGE } from '../ports/store';
import type { CalendarOverride } from '../../shared/content';
import { createCalendar } from '../../domain/calendar';
import type { PublishedCalendar } from '../../shared/calendar';
import { calendarInputs } from './calendar-inputs';
import { appendAudit, auditEvent } from './audit';
import { bumpPublication } from './revision';
import { staffName } from './staff-name';

/** An override as stored: one document per Beijing day, id = the date. */
type OverrideDoc = CalendarOverride & Doc & { updatedAt: number; updatedBy: string };

/**
 * What a calendar change returns. This is the hook point for deadline clocks (issue 3): after
 * a change, clocks computed under another `calendarVersion` need recomputing.
 */
export interface CalendarChange {
  date: string;
  from: CalendarOverride | null;
  to: CalendarOverride | null;
  /** The calendar's version after the change. */
  calendarVersion: string;
  /** false when the override already said exactly this: nothing was written. */
  changed: boolean;
}

const plain = (doc: OverrideDoc | null): CalendarOverride | null =>
  doc && (doc.note === undefined ? { date: doc.date, working: doc.working } : { date: doc.date, working: doc.working, note: doc.note });

/**
 * Every override, oldest day first (one page: a few a year).
 *
 * @example
 * await listOverrides(store) // [{ date: '2026-10-10', working: false, note: '镇里停电，暂停办公' }]
 */
export async function listOverrides(store: Store): Promise<CalendarOverride[]> {
  const docs = await store.find<OverrideDoc>('calendarOverrides', { orderBy: [['date', 'asc']], limit: MAX_PAGE });
  return docs.map((d) => plain(d)!);
}

/**
 * The overrides, the entered notices and the version of the calendar they make.
 *
 * @example
 * await currentCalendar(store) // { overrides: [...], notices: [{ year: 2027, days }], version: '…' }
 */
export async function currentCalendar(store: Store): Promise<Required<PublishedCalendar>> {
  const { overrides, notices } = await calendarInputs(store);
  return { overrides, notices, version: createCalendar(overrides, { notices }).version };
}

/**
 * Marks one Beijing day as working or closed, whatever the national calendar says; writes the
 * audit event in the same transaction. Setting what is already set writes nothing.
 *
 * @example
 * await setOverride(ctx, { date: '2026-10-10', working: false, note: '镇里停电，暂停办公' })
 * // { date: '2026-10-10', from: null, to: { ... }, calendarVersion: '…', changed: true }
 */
export async function setOverride(
  ctx: Pick<Ctx, 'store' | 'actor' | 'now'>,
  input: { date: string; working: boolean; note: string },
): Promise<CalendarChange> {
  const doc: OverrideDoc = { _id: input.date, ...input, updatedAt: ctx.now, updatedBy: staffName(ctx.actor) };
  const to = plain(doc);
  const written = await ctx.store.transaction(async (tx) => {
    const before = plain(await tx.get<OverrideDoc>('calendarOverrides', input.date));
    if (before && before.working === input.working && before.note === input.note) return { before, changed: false };
    await tx.put('calendarOverrides', doc);
    await bumpPublication(tx, ctx.now);
    await appendAudit(tx, auditEvent({
      at: ctx.now, actor: ctx.actor, subject: `calendar:${input.date}`, action: 'calendar.set',
      from: before ?? undefined, to: to!, why: input.note,
    }));
    return { before, changed: true };
  });
  const { version } = await currentCalendar(ctx.store);
  return { date: input.date, from: written.before, to, calendarVersion: version, changed: written.changed };
}

/**
 * Removes a day's override, so the national calendar applies again; audited in the same
 * transaction. NOT_FOUND when the day has no override.
 *
 * @example
 * await removeOverride(ctx, { date: '2026-10-10' }) // { from: { ... }, to: null, calendarVersion: '…', changed: true }
 */
export async function removeOverride(
  ctx: Pick<Ctx, 'store' | 'actor' | 'now'>,
  input: { date: string; why?: string },
): Promise<CalendarChange> {
  staffName(ctx.actor);
  const before = await ctx.store.transaction(async (tx) => {
    const existing = plain(await tx.get<OverrideDoc>('calendarOverrides', input.date));
    if (!existing) throw new AppError('NOT_FOUND', '这一天没有调整过办公安排', 'date');
    await tx.remove('calendarOverrides', input.date);
    await bumpPublication(tx, ctx.now);
    await appendAudit(tx, auditEvent({
      at: ctx.now, actor: ctx.actor, subject: `calendar:${input.date}`, action: 'calendar.remove', from: existing, why: input.why,
    }));
    return existing;
  });
  const { version } = await currentCalendar(ctx.store);
  return { date: input.date, from: before, to: null, calendarVersion: version, changed: true };
}
