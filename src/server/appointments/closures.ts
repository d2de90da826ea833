import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import type { Doc, Store } from '../ports/store';
import type { DayClosure } from '../../shared/appointments';
import { toBeijingDate } from '../../domain/beijing';
import { appendAudit, auditEvent } from '../content/audit';
import { staffName } from '../content/staff-name';
import { slotGrid } from '../../domain/slots';
import { loadSettings } from './settings';
import { markDayClosed } from './places';
import { closureId, type SlotDoc } from './docs';

type ClosureDoc = DayClosure & Doc & { kind: 'closure' };

export { closureId };

const plain = (d: ClosureDoc): DayClosure => ({ date: d.date, reason: d.reason, closedBy: d.closedBy, closedAt: d.closedAt });

/**
 * Days closed for appointments between two days (inclusive), as date → reason.
 * @example await closuresBetween(store, '2026-11-26', '2026-12-10') // Map { '2026-12-01' => '镇普法集市' }
 */
export async function closuresBetween(store: Store, from: string, to: string): Promise<Map<string, string>> {
  const docs = await store.find<ClosureDoc>('appointmentConfig', {
    where: { kind: 'closure', date: { $gte: from, $lte: to } }, orderBy: [['date', 'asc']], limit: 1000,
  });
  return new Map(docs.map((d) => [d.date, d.reason]));
}

/**
 * Closures from today on, soonest first.
 * @example await upcomingClosures(store, now) // [{ date: '2026-12-01', reason: '镇普法集市', … }]
 */
export async function upcomingClosures(store: Store, now: number): Promise<DayClosure[]> {
  const docs = await store.find<ClosureDoc>('appointmentConfig', {
    where: { kind: 'closure', date: { $gte: toBeijingDate(now) } }, orderBy: [['date', 'asc']], limit: 1000,
  });
  return docs.map(plain);
}

/**
 * Closes a day for appointments (a local event), audited. CONFLICT when already closed; a
 * past day is refused. Bookings of that day are displaced by the caller afterwards.
 *
 * @example await writeClosure(ctx, { date: '2026-12-01', reason: '镇普法集市' })
 */
export async function writeClosure(ctx: Pick<Ctx, 'store' | 'actor' | 'now'>, input: { date: string; reason: string }): Promise<DayClosure> {
  const closedBy = staffName(ctx.actor);
  if (input.date < toBeijingDate(ctx.now)) throw new AppError('VALIDATION', '不能暂停已经过去的日期', 'date');
  const doc: ClosureDoc = { _id: closureId(input.date), kind: 'closure', date: input.date, reason: input.reason, closedBy, closedAt: ctx.now };
  const starts = slotGrid((await loadSettings(ctx.store)).slotMinutes).map((s) => s.start);
  await ctx.store.transaction(async (tx) => {
    if (await tx.get('appointmentConfig', doc._id)) throw new AppError('CONFLICT', '这一天已经暂停预约了', 'date');
    await tx.create('appointmentConfig', doc);
    await markDayClosed(tx, input.date, starts, true);
    await appendAudit(tx, auditEvent({ at: ctx.now, actor: ctx.actor, subject: `appointments:day:${input.date}`, action: 'appointments.closeDay', to: plain(doc), why: input.reason }));
  });
  return plain(doc);
}

/**
 * Opens a closed day again, audited. NOT_FOUND when it was not closed.
 * @example await reopenDay(ctx, { date: '2026-12-01' }) // { date: '2026-12-01', reopened: true }
 */
export async function reopenDay(ctx: Pick<Ctx, 'store' | 'actor' | 'now'>, input: { date: string; why?: string }) {
  staffName(ctx.actor);
  const marked = await ctx.store.find<SlotDoc>('appointmentSlots', { where: { date: input.date, closed: true }, limit: 1000 });
  await ctx.store.transaction(async (tx) => {
    const existing = await tx.get<ClosureDoc>('appointmentConfig', closureId(input.date));
    if (!existing) throw new AppError('NOT_FOUND', '这一天没有暂停预约', 'date');
    await tx.remove('appointmentConfig', existing._id);
    await markDayClosed(tx, input.date, marked.map((s) => s.start), false);
    await appendAudit(tx, auditEvent({ at: ctx.now, actor: ctx.actor, subject: `appointments:day:${input.date}`, action: 'appointments.reopenDay', from: plain(existing), why: input.why }));
  });
  return { date: input.date, reopened: true as const };
}
