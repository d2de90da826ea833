import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import type { Role } from '../ports/identity';
import { appendAudit, auditEvent } from '../content/audit';
import { checkRoleSet, isProblem, leavesNoAdmin, type AccountFacts } from '../../domain/people';
import type { BadgeWarning, OpenMatter, StaffAccount } from '../../shared/people';
import { accountView, type AccountDoc } from './docs';
import { accountIn, claimRoster, readRoster, type RosterRead } from './roster';
import { badgeWarnings, publishedBadgeKeys, restoreToRoster, takeOffRoster } from './badge';
import { openMattersOf } from './open-matters';

const LAST_ADMIN = '这是工作站最后一位在岗的平台管理人员，不能停用或取消其管理权限；请先邀请或指定另一位平台管理人员';

const facts = (a: AccountDoc): AccountFacts => ({ staffId: a._id, active: a.active, roles: a.roles });

/**
 * `list`: every account (active first, then by order) and the badge warnings.
 * @example await listAccounts(ctx) // { items: [{ staffId, name, roles, active, badgeShown }], warnings: [] }
 */
export async function listAccounts(ctx: Ctx): Promise<{ items: StaffAccount[]; warnings: BadgeWarning[] }> {
  const [{ accounts }, shown] = await Promise.all([readRoster(ctx.store), publishedBadgeKeys(ctx.store)]);
  const sorted = [...accounts].sort((a, b) => Number(b.active) - Number(a.active) || (a.order ?? 0) - (b.order ?? 0));
  return {
    items: sorted.map((a) => accountView(a, !!a.badgeKey && shown.has(a.badgeKey))),
    warnings: badgeWarnings(sorted, shown),
  };
}

/**
 * Writes one account change under the roster guard with its audit event; CONFLICT when it would
 * leave no active admin, or when the roster changed since it was read.
 */
async function changeAccount(ctx: Ctx, read: RosterRead, next: AccountDoc, action: string, why?: string): Promise<void> {
  const before = accountIn(read, next._id);
  if (leavesNoAdmin(read.accounts.map(facts), facts(next))) throw new AppError('CONFLICT', LAST_ADMIN, 'staffId');
  await ctx.store.transaction(async (tx) => {
    await claimRoster(tx, read.version, ctx.now);
    await tx.put('staff', next);
    await appendAudit(tx, auditEvent({
      at: ctx.now, actor: ctx.actor, subject: next._id, action,
      from: { roles: before.roles, unitIds: before.unitIds ?? [], active: before.active, badgeKey: before.badgeKey ?? null },
      to: { roles: next.roles, unitIds: next.unitIds ?? [], active: next.active, badgeKey: next.badgeKey ?? null }, why,
    }));
  });
}

async function shownNow(ctx: Ctx, doc: AccountDoc): Promise<boolean> {
  return !!doc.badgeKey && !!(await ctx.store.get('content', doc.badgeKey));
}

/**
 * `setRoles`: replaces a person's roles (never the last active admin's admin role); audited.
 * Takes effect at the person's next call, since roles are re-read on every call.
 * @example await setRoles(ctx, { staffId: 'staff:demo-staff', roles: ['staff', 'archivist'] }) // { staff: { roles: ['staff', 'archivist'] } }
 */
export async function setRoles(ctx: Ctx, input: { staffId: string; roles: Role[]; unitIds?: string[] }): Promise<{ staff: StaffAccount }> {
  const read = await readRoster(ctx.store);
  const before = accountIn(read, input.staffId);
  const checked = checkRoleSet(input.roles, input.unitIds ?? []);
  if (isProblem(checked)) throw new AppError('VALIDATION', checked.message, checked.field);
  const next: AccountDoc = { ...before, roles: checked.roles };
  if (checked.unitIds.length) next.unitIds = checked.unitIds;
  else delete next.unitIds;
  await changeAccount(ctx, read, next, 'people.setRoles');
  return { staff: accountView(next, await shownNow(ctx, next)) };
}

/**
 * `deactivate`: the person leaves at once (their next call finds no active account), their badge
 * comes off the roster (history kept), and the matters still assigned to them are listed for the
 * director to hand on. Never the last active admin. Deactivating an inactive account changes nothing.
 * @example await deactivate(ctx, { staffId: 'staff:demo-staff' }) // { staff: { active: false }, openMatters: [...], badgeRemoved: true }
 */
export async function deactivate(ctx: Ctx, input: { staffId: string; why?: string }): Promise<{ staff: StaffAccount; openMatters: OpenMatter[]; badgeRemoved: boolean }> {
  const read = await readRoster(ctx.store);
  const before = accountIn(read, input.staffId);
  const next: AccountDoc = { ...before, active: false };
  if (before.active) await changeAccount(ctx, read, next, 'people.deactivate', input.why);
  const badgeRemoved = next.badgeKey ? await takeOffRoster(ctx, next.badgeKey, input.why ?? `${next.name} 已停用`) : false;
  return { staff: accountView(next, false), openMatters: await openMattersOf(ctx, next._id), badgeRemoved };
}

/**
 * `reactivate`: the account works again with the roles it had, and its badge goes back on the
 * roster (as a new version).
 * @example await reactivate(ctx, { staffId: 'staff:demo-staff' }) // { staff: { active: true }, badgeRestored: true }
 */
export async function reactivate(ctx: Ctx, input: { staffId: string; why?: string }): Promise<{ staff: StaffAccount; badgeRestored: boolean }> {
  const read = await readRoster(ctx.store);
  const before = accountIn(read, input.staffId);
  if (!before.openid) throw new AppError('CONFLICT', '这个账号还没有绑定微信，请重新邀请', 'staffId');
  const clash = read.accounts.find((a) => a._id !== before._id && a.active && a.openid === before.openid);
  if (clash) throw new AppError('CONFLICT', `这个微信已绑定在岗账号「${clash.name}」，不能再恢复`, 'staffId');
  const next: AccountDoc = { ...before, active: true };
  if (!before.active) await changeAccount(ctx, read, next, 'people.reactivate', input.why);
  const badgeRestored = next.badgeKey ? await restoreToRoster(ctx, next.badgeKey, input.why ?? `${next.name} 已恢复在岗`) : false;
  return { staff: accountView(next, await shownNow(ctx, next)), badgeRestored };
}

/**
 * `linkBadge`: one person, one badge — links a published badge to an account; CONFLICT when it
 * is another person's.
 * @example await linkBadge(ctx, { staffId: 'staff:demo-admin', badgeKey: 'badge:sample-legal-aid' })
 */
export async function linkBadge(ctx: Ctx, input: { staffId: string; badgeKey: string }): Promise<{ staff: StaffAccount }> {
  const read = await readRoster(ctx.store);
  const before = accountIn(read, input.staffId);
  if (!(await ctx.store.get('content', input.badgeKey))) throw new AppError('NOT_FOUND', '没有找到这块公示牌，请刷新后再试', 'badgeKey');
  const owner = read.accounts.find((a) => a._id !== before._id && a.badgeKey === input.badgeKey);
  if (owner) throw new AppError('CONFLICT', `这块公示牌已属于「${owner.name}」，一人一牌`, 'badgeKey');
  const next: AccountDoc = { ...before, badgeKey: input.badgeKey };
  await changeAccount(ctx, read, next, 'people.linkBadge');
  return { staff: accountView(next, true) };
}
