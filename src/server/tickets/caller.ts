import { AppError } from '../core/errors';
import type { Actor } from '../ports/identity';
import type { StaffRef } from '../../shared/tickets';
import type { MatterParties } from '../../domain/access/matter';
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

/**
 * A ticket as the one access rule reads it (src/domain/access/matter.ts): its online owner, its
 * handlers (assignee and first responder), the staff member a complaint is about, and whether it
 * is a complaint (its complainant's contact is for handlers and supervisors only).
 *
 * @example partiesOf(complaint).respondentStaffId // 'staff:demo-staff'
 */
export function partiesOf(t: Pick<TicketDoc, 'type' | 'ownerOpenid' | 'assignee' | 'firstResponder' | 'complaint'>): MatterParties {
  const handlerIds = [...new Set([t.assignee?.staffId, t.firstResponder?.staffId].filter((id): id is string => !!id))];
  return {
    ownerOpenid: t.ownerOpenid, handlerIds, respondentStaffId: t.complaint?.respondentStaffId ?? null, unitIds: [],
    restricted: t.type === 'complaint',
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
