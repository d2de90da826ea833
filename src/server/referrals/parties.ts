import { AppError } from '../core/errors';
import type { Tx } from '../ports/store';
import type { MatterParties } from '../../domain/access/matter';
import { partiesOf as partiesOfTicket } from '../tickets/caller';
import type { TicketDoc } from '../tickets/types';
import type { ReferralDoc } from './types';

/** NOT_FOUND for a referral, the same words whoever asks (another unit's id looks missing). */
export const referralNotFound = () => new AppError('NOT_FOUND', '没有找到这件交办事项，请刷新后再试', 'id');

/**
 * A referral as the one access rule reads it: its matter's parties (owner, handlers, the person
 * a complaint is about), the staff member who made the referral as a handler, and the units it
 * is with now (their liaisons may see it and answer; a withdrawn unit no longer).
 *
 * @example partiesOfReferral(referral, ticket).unitIds // ['unit:court']
 */
export function partiesOfReferral(r: Pick<ReferralDoc, 'unitIds' | 'createdBy'>, ticket: TicketDoc | null): MatterParties {
  const base: MatterParties = ticket
    ? partiesOfTicket(ticket)
    : { ownerOpenid: null, handlerIds: [], respondentStaffId: null, unitIds: [], restricted: true };
  return { ...base, handlerIds: [...new Set([...base.handlerIds, r.createdBy.staffId])], unitIds: r.unitIds };
}

/** Reads a referral and its ticket in the transaction, or NOT_FOUND. */
export async function loadReferral(tx: Tx, id: string): Promise<{ referral: ReferralDoc; ticket: TicketDoc | null; parties: MatterParties }> {
  const referral = await tx.get<ReferralDoc>('referrals', id);
  if (!referral) throw referralNotFound();
  const ticket = await tx.get<TicketDoc>('tickets', referral.ticketId);
  return { referral, ticket, parties: partiesOfReferral(referral, ticket) };
}
