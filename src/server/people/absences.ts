import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import { hasRole } from '../core/access';
import { beijingInstant, toBeijingDate } from '../../domain/beijing';
import { slotGrid, slotsOverlapping } from '../../domain/slots';
import type { AbsenceResult } from '../../shared/appointments';
import type { AbsenceView, StaffAccount } from '../../shared/people';
import { appendAudit, auditEvent } from '../content/audit';
import { registerAbsence } from '../appointments/absence';
import { returnWithdrawnPlace } from '../appointments/places';
import { loadSettings } from '../appointments/settings';
import type { AbsenceDoc } from '../appointments/staff-day';
import { asStaff } from '../tickets/caller';
import { accountView, type AccountDoc } from './docs';

type StoredAbsence = AbsenceDoc & { slots?: string[] };

const supervises = (ctx: Ctx) => hasRole(ctx.actor, 'director') || hasRole(ctx.actor, 'admin');

async function accountOf(ctx: Ctx, staffId: string): Promise<AccountDoc> {
  const doc = await ctx.store.get<AccountDoc>('staff', staffId);
  if (!doc) throw new AppError('NOT_FOUND', '没有找到这位工作人员，请刷新后再试', 'staffId');
  return doc;
}

function viewOf(a: StoredAbsence, now: number): AbsenceView {
  return {
    id: a.id, staffId: a.staffId, staffName: a.staffName, date: a.date, from: a.from, to: a.to, reason: a.reason,
    cancellable: beijingInstant(a.date, a.to) > now,
  };
}

/**
 * `profile`: a person's account and their registered 外出办案 from today on (rule 五(一) 事先备案).
 * Yourself by default; the director and the admin may open anyone's, others only their own.
 * @example await profile(ctx, {}) // { staff: { name: '示例·张某', … }, absences: [{ date: '2026-12-01', from: '09:00', … }] }
 */
export async function profile(ctx: Ctx, input: { staffId?: string }): Promise<{ staff: StaffAccount; absences: AbsenceView[] }> {
  const me = asStaff(ctx.actor);
  const staffId = input.staffId ?? me.staffId;
  if (staffId !== me.staffId && !supervises(ctx)) throw new AppError('FORBIDDEN', '只能查看自己的资料；主任和平台管理人员可以查看所有人');
  const doc = await accountOf(ctx, staffId);
  const docs = await ctx.store.find<StoredAbsence>('staffAbsences', {
    where: { staffId, date: { $gte: toBeijingDate(ctx.now) } }, orderBy: [['date', 'asc']], limit: 200,
  });
  const shown = !!doc.badgeKey && !!(await ctx.store.get('content', doc.badgeKey));
  return { staff: accountView(doc, shown), absences: docs.sort((a, b) => a.date.localeCompare(b.date) || a.from.localeCompare(b.from)).map((a) => viewOf(a, ctx.now)) };
}

/**
 * `registerAbsenceFor`: the director registers 外出办案 in advance for someone (the same path as
 * registering one's own: places taken out of the slots, bookings that no longer fit moved).
 * @example await registerAbsenceFor(ctx, { staffId: 'staff:demo-staff', date: '2026-12-01', from: '09:00', to: '11:00', reason: '随案外出调查' })
 */
export async function registerAbsenceFor(
  ctx: Ctx, input: { staffId: string; date: string; from: string; to: string; reason: string },
): Promise<AbsenceResult> {
  const doc = await accountOf(ctx, input.staffId);
  if (!doc.active) throw new AppError('CONFLICT', `${doc.name} 已停用，不能登记外出办案`, 'staffId');
  const { staffId, ...absence } = input;
  return registerAbsence(ctx, absence, { staffId: doc._id, name: doc.name });
}

/**
 * `cancelAbsence`: the director (or the person themselves) cancels a registered 外出办案 that has
 * not ended; in one transaction with its removal and audit event, each slot it took a place from
 * gets it back (bookings moved at the time stay moved — they were asked to choose anew).
 * @example await cancelAbsence(ctx, { id: 'absence:staff:demo-staff:2026-12-01:09:00' }) // { id, slotsReturned: ['09:00', '09:30', …] }
 */
export async function cancelAbsence(ctx: Ctx, input: { id: string; why?: string }): Promise<{ id: string; slotsReturned: string[] }> {
  const me = asStaff(ctx.actor);
  const found = await ctx.store.get<StoredAbsence>('staffAbsences', input.id);
  if (!found) throw new AppError('NOT_FOUND', '没有找到这条外出办案登记，可能已被取消', 'id');
  if (found.staffId !== me.staffId && !supervises(ctx)) throw new AppError('FORBIDDEN', '只能取消自己的外出办案登记；主任可以取消任何人的');
  if (beijingInstant(found.date, found.to) <= ctx.now) throw new AppError('CONFLICT', '这次外出办案已经结束，不能再取消', 'id');
  const slots = found.slots ?? slotsOverlapping(slotGrid((await loadSettings(ctx.store)).slotMinutes), found.from, found.to).map((s) => s.start);
  await ctx.store.transaction(async (tx) => {
    if (!(await tx.get('staffAbsences', input.id))) throw new AppError('NOT_FOUND', '没有找到这条外出办案登记，可能已被取消', 'id');
    await tx.remove('staffAbsences', input.id);
    for (const start of slots) await returnWithdrawnPlace(tx, found.date, start);
    const { _id, ...was } = found;
    await appendAudit(tx, auditEvent({ at: ctx.now, actor: ctx.actor, subject: input.id, action: 'absence.cancel', from: was, why: input.why }));
  });
  return { id: input.id, slotsReturned: slots };
}
