import type { Ctx } from '../core/define';
import { MAX_PAGE } from '../ports/store';
import type { StaffRef } from '../../shared/tickets';
import { STATION_ROLES } from '../../shared/roles';

/**
 * Active station staff, in badge order, for 转交 (hand-on). Legal-aid workers, archivists and
 * unit liaisons hold no station role: a ticket is never handed to them (a unit gets a referral).
 * @example await listStaff(ctx) // { items: [{ staffId: 'staff:demo-staff', name: '示例·张某', roles: ['staff'] }, …] }
 */
export async function listStaff(ctx: Ctx): Promise<{ items: StaffRef[] }> {
  const docs = await ctx.store.find<{ _id: string; name: string; roles: StaffRef['roles'] }>('staff', {
    where: { active: true }, orderBy: [['order', 'asc']], limit: MAX_PAGE,
  });
  return {
    items: docs
      .filter((d) => (d.roles ?? []).some((r) => STATION_ROLES.includes(r)))
      .map((d) => ({ staffId: d._id, name: d.name, roles: d.roles ?? [] })),
  };
}
