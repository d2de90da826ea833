import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import { beijingInstant } from '../../domain/beijing';
import { overlaps, rangeOf } from '../../domain/ranges';
import { slotGrid, slotsOverlapping } from '../../domain/slots';
import type { AbsenceResult, StaffAbsence } from '../../shared/appointments';
import { appendAudit, auditEvent } from '../content/audit';
import { loadCalendar } from '../deadlines';
import { bookedOn, displace } from './displace';
import { withdrawPlace } from './places';
import { loadSettings } from './settings';
import type { AbsenceDoc } from './staff-day';

/** VALIDATION unless [from, to) is a future stretch of a working day's office hours. */
async function assertAbsence(ctx: Ctx, input: { date: string; from: string; to: string }, grid: ReturnType<typeof slotGrid>) {
  if (input.to <= input.from) throw new AppError('VALIDATION', '结束时间要晚于开始时间', 'to');
  if (beijingInstant(input.date, input.from) <= ctx.now) throw new AppError('VALIDATION', '外出办案需要事先备案：开始时间必须晚于现在', 'from');
  if (!(await loadCalendar(ctx.store)).isWorkingDay(input.date)) throw new AppError('VALIDATION', '这一天不办公，无需备案', 'date');
  if (slotsOverlapping(grid, input.from, input.to).length === 0) throw new AppError('VALIDATION', '这段时间不在办公时间内，无需备案', 'from');
}

/**
 * 外出办案 registered in advance (rule 五(一)): the staff member's place is taken out of every
 * slot overlapping [from, to) that day (one transaction with the absence record and its audit
 * event); bookings that no longer fit, latest booked first, become 'needsReschedule' and are
 * notified. CONFLICT when it overlaps an absence the same person already registered. `who`
 * (issue 12: the director registers it for someone) defaults to the caller. The slots it took a
 * place from are stored on it, so a cancellation gives back exactly those.
 *
 * @example await registerAbsence(ctx, { date: '2026-12-01', from: '09:00', to: '11:00', reason: '随案外出调查' })
 */
export async function registerAbsence(
  ctx: Ctx, input: { date: string; from: string; to: string; reason: string }, who?: { staffId: string; name: string },
): Promise<AbsenceResult> {
  if (ctx.actor.kind !== 'staff') throw new AppError('FORBIDDEN', '您没有权限进行这项操作');
  const { staffId, name } = who ?? ctx.actor;
  const yours = who && who.staffId !== ctx.actor.staffId ? `${name}` : '您';
  const settings = await loadSettings(ctx.store);
  const grid = slotGrid(settings.slotMinutes);
  await assertAbsence(ctx, input, grid);
  const mine = await ctx.store.find<AbsenceDoc>('staffAbsences', { where: { date: input.date }, limit: 100 });
  const span = rangeOf(input.from, input.to);
  if (mine.some((a) => a.staffId === staffId && overlaps(rangeOf(a.from, a.to), span))) {
    throw new AppError('CONFLICT', `这段时间${yours}已经备案过外出办案了`, 'from');
  }
  const affected = slotsOverlapping(grid, input.from, input.to).map((s) => s.start);
  const absence: StaffAbsence = { id: `absence:${staffId}:${input.date}:${input.from}`, staffId, staffName: name, ...input };
  const over = await ctx.store.transaction(async (tx) => {
    await tx.create('staffAbsences', { _id: absence.id, ...absence, slots: affected, createdAt: ctx.now });
    await appendAudit(tx, auditEvent({ at: ctx.now, actor: ctx.actor, subject: absence.id, action: 'absence.register', to: absence, why: input.reason }));
    const out: string[] = [];
    for (const start of affected) if ((await withdrawPlace(tx, input.date, start, settings.capacityPerSlot)) > 0) out.push(start);
    return out;
  });
  const moved: string[] = [];
  for (const start of over) {
    for (const doc of await bookedOn(ctx.store, input.date, start)) {
      if (await displace(ctx, doc._id, '工作人员外出办案', settings)) moved.push(doc._id);
    }
  }
  return { absence, slotsAffected: affected, needsReschedule: moved };
}
