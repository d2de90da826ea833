import { AppError } from '../core/errors';
import type { Tx } from '../ports/store';
import type { MatterParties } from '../../domain/access/matter';
import { partiesOf as partiesOfTicket } from '../tickets/caller';
import type { TicketDoc } from '../tickets/types';
import { partiesOf as partiesOfApplication } from '../legal-aid/parties';
import type { LegalAidDoc } from '../legal-aid/types';
import type { ReferralDoc } from './types';

/** NOT_FOUND for a referral, the same words whoever asks (another unit's id looks missing). */
export const referralNotFound = () => new AppError('NOT_FOUND', '没有找到这件交办事项，请刷新后再试', 'id');

/** The matter a referral was made from: a ticket, or (issue 13) a legal-aid application. */
export interface ReferralMatter {
  ticket: TicketDoc | null;
  application: LegalAidDoc | null;
}

/**
 * The matter's own parties under the one access rule: a ticket's (owner, handlers, the person a
 * complaint is about) or an application's (the applicant, its handlers); none known → restricted.
 * @example partiesOfMatter({ ticket: null, application }).ownerOpenid // the applicant
 */
export function partiesOfMatter(m: ReferralMatter): MatterParties {
  if (m.ticket) return partiesOfTicket(m.ticket);
  if (m.application) return partiesOfApplication(m.application);
  return { ownerOpenid: null, handlerIds: [], respondentStaffId: null, unitIds: [], restricted: true };
}

/**
 * A referral as the one access rule reads it: its matter's parties, the staff member who made the
 * referral as a handler, and the units it is with now (their liaisons may see it and answer; a
 * withdrawn unit no longer).
 *
 * @example partiesOfReferral(referral, { ticket, application: null }).unitIds // ['unit:court']
 */
export function partiesOfReferral(r: Pick<ReferralDoc, 'unitIds' | 'createdBy'>, matter: ReferralMatter): MatterParties {
  const base = partiesOfMatter(matter);
  return { ...base, handlerIds: [...new Set([...base.handlerIds, r.createdBy.staffId])], unitIds: r.unitIds };
}

/**
 * Reads the matter a referral was made from (in a transaction or straight from the store).
 * @example const { ticket, application } = await matterOfReferral(tx, referral);
 */
export async function matterOfReferral(tx: Pick<Tx, 'get'>, r: Pick<ReferralDoc, 'ticketId' | 'applicationId'>): Promise<ReferralMatter> {
  return {
    ticket: r.ticketId ? await tx.get<TicketDoc>('tickets', r.ticketId) : null,
    application: r.applicationId ? await tx.get<LegalAidDoc>('legalAidApplications', r.applicationId) : null,
  };
}

/** Reads a referral and its matter in the transaction, or NOT_FOUND. */
export async function loadReferral(tx: Tx, id: string): Promise<{ referral: ReferralDoc; parties: MatterParties } & ReferralMatter> {
  const referral = await tx.get<ReferralDoc>('referrals', id);
  if (!referral) throw referralNotFound();
  const matter = await matterOfReferral(tx, referral);
  return { referral, ...matter, parties: partiesOfReferral(referral, matter) };
}
