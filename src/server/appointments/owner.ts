import { AppError } from '../core/errors';
import type { Actor } from '../ports/identity';
import type { Tx } from '../ports/store';
import type { AppointmentDoc } from './docs';
import { assertMay } from '../core/matter-access';
import { partiesOfAppointment } from './parties';

export const NOT_FOUND_MESSAGE = '没有找到这个预约，请刷新后再试';

/**
 * The openid of the signed-in caller (resident or staff booking for themselves).
 * @example openidOf({ kind: 'resident', openid: 'o1' }) // 'o1'
 */
export function openidOf(actor: Actor): string {
  if (actor.kind === 'resident' || actor.kind === 'staff') return actor.openid;
  throw new AppError('UNAUTHENTICATED', '请先登录后再操作');
}

/**
 * The caller's own appointment, for its owner to change (the one access rule's `amend`).
 * Another person's id answers exactly like a missing one (NOT_FOUND), so ids reveal nothing.
 *
 * @example const doc = await loadOwn(tx, 'appt:…', ctx.actor);
 */
export async function loadOwn(tx: Pick<Tx, 'get'>, id: string, actor: Actor): Promise<AppointmentDoc> {
  openidOf(actor);
  const doc = await tx.get<AppointmentDoc>('appointments', id);
  if (!doc || doc.openid !== openidOf(actor)) throw new AppError('NOT_FOUND', NOT_FOUND_MESSAGE, 'id');
  assertMay(actor, partiesOfAppointment(doc), 'amend', NOT_FOUND_MESSAGE);
  return doc;
}

/**
 * Any appointment, for station staff to act on (the one access rule's `act`).
 * @example const doc = await loadAny(tx, 'appt:…', ctx.actor);
 */
export async function loadAny(tx: Pick<Tx, 'get'>, id: string, actor: Actor): Promise<AppointmentDoc> {
  const doc = await tx.get<AppointmentDoc>('appointments', id);
  if (!doc) throw new AppError('NOT_FOUND', NOT_FOUND_MESSAGE, 'id');
  assertMay(actor, partiesOfAppointment(doc), 'act', NOT_FOUND_MESSAGE);
  return doc;
}
