import type { Ctx } from '../core/define';
import type { Appointment } from '../../shared/appointments';
import { stopClock, clockId } from '../deadlines';
import { loadOwn } from './owner';
import { releasePlace } from './places';
import { dropReminder, noticeCancelled } from './notices';
import { transit } from './transit';
import { toAppointment } from './view';
import { HOME_VISIT_CLOCK } from './home-visit-clock';

/**
 * Cancels one of the caller's appointments: the place is given back at once (office visit
 * 'booked'), a waiting reminder withdrawn, an unanswered home-visit clock stopped, and the
 * resident gets a 「预约已取消」 message of its own (issue 9 §6). Another
 * person's id is NOT_FOUND; a status that does not allow it is CONFLICT.
 *
 * @example await cancel(ctx, { id: 'appt:…', reason: '临时有事' }) // { status: 'cancelled', … }
 */
export async function cancel(ctx: Ctx, input: { id: string; reason?: string }): Promise<Appointment> {
  const doc = await ctx.store.transaction(async (tx) => {
    const before = await loadOwn(tx, input.id, ctx.actor);
    const after = await transit(tx, before, 'cancel', ctx, {}, input.reason);
    if (before.kind === 'office' && before.status === 'booked') await releasePlace(tx, before.date!, before.start!);
    if (before.status === 'requested') await stopClock(tx, clockId({ type: 'appointment', id: before._id }, HOME_VISIT_CLOCK), ctx.now, '居民已取消');
    await dropReminder(tx, before);
    await noticeCancelled(tx, before, input.reason, ctx.now);
    return after;
  });
  return toAppointment(doc, { staff: false });
}
