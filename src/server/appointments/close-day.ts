import type { Ctx } from '../core/define';
import type { CloseDayResult } from '../../shared/appointments';
import { writeClosure } from './closures';
import { bookedOn, displace } from './displace';

/**
 * Closes a day for appointments (a local event; audited), then moves every office booking of
 * that day to 'needsReschedule' and notifies its resident. Home visits fixed that day are left
 * to staff (they happen at the resident's home).
 *
 * @example await closeDay(ctx, { date: '2026-12-01', reason: '镇普法集市' }) // { closure, needsReschedule: ['appt:…'] }
 */
export async function closeDay(ctx: Ctx, input: { date: string; reason: string }): Promise<CloseDayResult> {
  const closure = await writeClosure(ctx, input);
  const moved: string[] = [];
  for (const doc of await bookedOn(ctx.store, input.date)) {
    if (await displace(ctx, doc._id, `当天暂停预约（${input.reason}）`)) moved.push(doc._id);
  }
  return { closure, needsReschedule: moved };
}
