import { AppError } from '../core/errors';
import type { Actor } from '../ports/identity';
import type { StaffRef } from '../../shared/tickets';
import type { StaffCaller, TicketParties } from '../../domain/tickets/privacy';
import type { TicketDoc } from './types';

/** A staff actor. */
export type StaffActor = Extract<Actor, { kind: 'staff' }>;

/**
 * The caller as a staff member, or FORBIDDEN (the `staff` access level already checks; this
 * narrows the type and guards services called directly).
 *
 * @example asStaff(ctx.actor).staffId // 'staff:demo-staff'
 */
export function asStaff(actor: Actor): StaffActor {
  if (actor.kind !== 'staff') throw new AppError('FORBIDDEN', '您没有权限进行这项操作');
  return actor;
}

/** A staff member as shown on a ticket. @example refOf(actor) // { staffId: 'staff:demo-staff', name: '示例·张某' } */
export function refOf(actor: StaffActor): StaffRef {
  return { staffId: actor.staffId, name: actor.name };
}

/** The facts the privacy rules read about a caller. */
export function callerOf(actor: StaffActor): StaffCaller {
  return { staffId: actor.staffId, roles: actor.roles };
}

/** The facts the privacy rules read about a ticket. */
export function partiesOf(t: TicketDoc): TicketParties {
  return {
    type: t.type,
    assigneeId: t.assignee?.staffId ?? null,
    firstResponderId: t.firstResponder?.staffId ?? null,
    respondentStaffId: t.complaint?.respondentStaffId ?? null,
  };
}

/**
 * The openid of a signed-in person (resident, or staff acting as one), or UNAUTHENTICATED.
 * @example openidOf({ kind: 'resident', openid: 'o1' }) // 'o1'
 */
export function openidOf(actor: Actor): string {
  if (actor.kind === 'resident' || actor.kind === 'staff') return actor.openid;
  throw new AppError('UNAUTHENTICATED', '请先登录后再操作');
}
