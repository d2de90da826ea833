import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import { assertMay, mayActor } from '../core/matter-access';
import { isStationStaff } from '../core/access';
import { relationOf } from '../../domain/access/matter';
import { viewerOf } from '../core/matter-access';
import type { ReferralResidentView, ReferralSummary, ReferralView } from '../../shared/referrals';
import { loadReferral, matterOfReferral, partiesOfReferral, type ReferralMatter } from './parties';
import { myUnitsOn } from './answer';
import { referralView, residentView, summaryOf } from './views';
import type { ReferralDoc, ReferralLinkDoc } from './types';
import type { ListInput } from './schemas';

/**
 * `get`: a referral as the caller may see it — station staff and the units' liaisons the whole
 * referral (a liaison of another unit: NOT_FOUND); the resident whose matter it is only to whom
 * it went, its status and what the station told them.
 * @example await getReferral(ctx, { id }) // { referral: { id, status, units, … } }
 */
export async function getReferral(ctx: Ctx, input: { id: string }): Promise<{ referral: ReferralView | ReferralResidentView }> {
  const { referral, parties } = await ctx.store.transaction((tx) => loadReferral(tx, input.id));
  assertMay(ctx.actor, parties, 'see', '没有找到这件交办事项，请刷新后再试');
  if (relationOf(viewerOf(ctx.actor), parties) === 'owner') return { referral: residentView(referral) };
  return { referral: referralView(referral, myUnitsOn(ctx.actor, referral)) };
}

/**
 * `list`: the referrals board. Station staff: open (or all) referrals newest first, or those of
 * one ticket; each decided by the one access rule (a complaint about the caller never shows).
 * A liaison: only their units' referrals, found through the per-unit links.
 * @example await listReferrals(ctx, { open: true }) // { items: [...] }
 */
export async function listReferrals(ctx: Ctx, input: ListInput): Promise<{ items: ReferralSummary[] }> {
  const limit = input.limit ?? 50;
  const open = input.open ?? true;
  let docs: ReferralDoc[];
  if (ctx.actor.kind === 'staff' && !isStationStaff(ctx.actor)) {
    const units = ctx.actor.unitIds ?? [];
    const links: ReferralLinkDoc[] = [];
    for (const unitId of units) {
      links.push(...(await ctx.store.find<ReferralLinkDoc>('referralLinks', { where: { unitId, ...(open ? { open: true } : {}) }, orderBy: [['createdAt', 'desc']], limit })));
    }
    const ids = [...new Set(links.sort((a, b) => b.createdAt - a.createdAt).map((l) => l.referralId))].slice(0, limit);
    docs = (await Promise.all(ids.map((id) => ctx.store.get<ReferralDoc>('referrals', id)))).filter((d): d is ReferralDoc => !!d);
  } else if (input.ticketId) {
    docs = await ctx.store.find<ReferralDoc>('referrals', { where: { ticketId: input.ticketId }, orderBy: [['createdAt', 'desc']], limit });
  } else if (input.applicationId) {
    docs = await ctx.store.find<ReferralDoc>('referrals', { where: { applicationId: input.applicationId }, orderBy: [['createdAt', 'desc']], limit });
  } else {
    docs = await ctx.store.find<ReferralDoc>('referrals', { where: open ? { open: true } : {}, orderBy: [['createdAt', 'desc']], limit });
  }
  const matters = new Map<string, ReferralMatter>();
  for (const d of docs) {
    const key = `${d.ticketId ?? ''}|${d.applicationId ?? ''}`;
    if (!matters.has(key)) matters.set(key, await matterOfReferral(ctx.store, d));
  }
  const items = docs.filter((d) => mayActor(ctx.actor, partiesOfReferral(d, matters.get(`${d.ticketId ?? ''}|${d.applicationId ?? ''}`)!), 'see')).map(summaryOf);
  if ((input.ticketId || input.applicationId) && ctx.actor.kind !== 'staff') throw new AppError('FORBIDDEN', '您没有权限查看');
  return { items: items.sort((a, b) => (a.nextAnswerBy ?? Infinity) - (b.nextAnswerBy ?? Infinity) || b.createdAt - a.createdAt) };
}
