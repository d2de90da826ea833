import type { ClockRule } from '../../domain/deadlines';
import type { Doc, Store } from '../ports/store';
import type { Ctx } from '../core/define';
import { AppError } from '../core/errors';
import { hasRole } from '../core/access';
import { appendAudit, auditEvent } from '../content/audit';
import { CALLBACK_RULE, type CallbackSettingsView, type StaffLabel } from '../../shared/ratings';

/** The `ratingsConfig` document holding the callback rule. */
const SETTINGS_ID = 'settings';

interface SettingsDoc extends Doc {
  callbackRule?: ClockRule;
  updatedAt?: number;
  updatedBy?: StaffLabel;
}

/** A stored rule when it is usable, else null. */
function usableRule(rule: ClockRule | undefined): ClockRule | null {
  if (rule && (rule.kind === 'sameWorkingDay' || (Number.isInteger((rule as { days?: number }).days) && (rule as { days: number }).days > 0))) return rule;
  return null;
}

/**
 * The callback deadline rule: `ratingsConfig/settings.callbackRule` when set (e.g.
 * `{ kind: 'workingDays', days: 3 }`), else 5 working days ({@link CALLBACK_RULE}).
 *
 * @example await loadCallbackRule(store) // { kind: 'workingDays', days: 5 }
 */
export async function loadCallbackRule(store: Store): Promise<ClockRule> {
  const doc = await store.get<SettingsDoc>('ratingsConfig', SETTINGS_ID);
  return usableRule(doc?.callbackRule) ?? { ...CALLBACK_RULE };
}

/** The settings document as shown. */
function settingsView(doc: SettingsDoc | null): CallbackSettingsView {
  const rule = usableRule(doc?.callbackRule);
  return {
    workingDays: rule?.kind === 'workingDays' ? rule.days : rule ? null : CALLBACK_RULE.days,
    defaultWorkingDays: CALLBACK_RULE.days,
    isDefault: !rule,
    updatedAt: doc?.updatedAt ?? null,
    updatedBy: doc?.updatedBy ?? null,
  };
}

/**
 * The callback deadline setting, for directors and admins.
 * @example await callbackSettings(ctx) // { workingDays: 5, defaultWorkingDays: 5, isDefault: true, updatedAt: null, updatedBy: null }
 */
export async function callbackSettings(ctx: Ctx): Promise<CallbackSettingsView> {
  if (!hasRole(ctx.actor, 'director') && !hasRole(ctx.actor, 'admin')) throw new AppError('FORBIDDEN', '只有工作站主任和管理员可以查看回访期限设置');
  return settingsView(await ctx.store.get<SettingsDoc>('ratingsConfig', SETTINGS_ID));
}

/**
 * Sets the callback deadline to `workingDays` working days (admin only), audited in the same
 * transaction. Tasks opened afterwards get the new clock; existing tasks keep theirs. Setting
 * the value it already has writes nothing.
 *
 * @example await updateCallbackSettings(ctx, { workingDays: 3, why: '局里要求缩短回访期限' }) // { workingDays: 3, isDefault: false, … }
 */
export async function updateCallbackSettings(ctx: Ctx, input: { workingDays: number; why?: string }): Promise<CallbackSettingsView> {
  if (ctx.actor.kind !== 'staff' || !hasRole(ctx.actor, 'admin')) throw new AppError('FORBIDDEN', '只有平台管理人员可以修改回访期限');
  const by: StaffLabel = { staffId: ctx.actor.staffId, name: ctx.actor.name };
  const actor = ctx.actor;
  return ctx.store.transaction(async (tx) => {
    const before = await tx.get<SettingsDoc>('ratingsConfig', SETTINGS_ID);
    const current = usableRule(before?.callbackRule);
    if (current?.kind === 'workingDays' && current.days === input.workingDays) return settingsView(before);
    const rule: ClockRule = { kind: 'workingDays', days: input.workingDays };
    const next: SettingsDoc = { ...(before ?? { _id: SETTINGS_ID }), callbackRule: rule, updatedAt: ctx.now, updatedBy: by };
    await tx.put('ratingsConfig', next);
    await appendAudit(tx, auditEvent({
      at: ctx.now, actor, subject: 'ratingsConfig:settings', action: 'ratings.callbackRule',
      from: { callbackRule: current ?? { ...CALLBACK_RULE } }, to: { callbackRule: rule }, why: input.why,
    }));
    return settingsView(next);
  });
}
