import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import { hasRole } from '../core/access';
import { appendAudit, auditEvent } from '../content/audit';
import type { Doc, Store, Tx } from '../ports/store';
import { DEFAULT_RETENTION, isFondsCode } from '../../domain/archives';
import type { ArchiveCategory, ArchiveSettingsView } from '../../shared/archives';

const SETTINGS_ID = 'settings';
export const DEFAULT_FONDS = 'X001';

interface SettingsDoc extends Doc, Partial<ArchiveSettingsView> {}

/** The settings in force, defaults filled in. @example settingsOf(null).retention.consultation // 10 */
export function settingsOf(doc: SettingsDoc | null): ArchiveSettingsView {
  return {
    fonds: doc?.fonds ?? DEFAULT_FONDS,
    retention: { ...DEFAULT_RETENTION, ...(doc?.retention ?? {}) },
    letterFiling: doc?.letterFiling ?? 'halfYearly',
  };
}

/** @example await readSettings(store) // { fonds: 'X001', retention: { consultation: 10, … }, letterFiling: 'halfYearly' } */
export async function readSettings(store: Store | Tx): Promise<ArchiveSettingsView> {
  return settingsOf(await store.get<SettingsDoc>('archiveConfig', SETTINGS_ID));
}

/**
 * The admin sets the 全宗号, a category's retention or the letters' filing period; every change is
 * audited in the same transaction. Volumes built before keep the code and retention they were built with.
 *
 * @example await updateArchiveSettings(ctx, { retention: { consultation: 30 }, why: '局里要求' })
 */
export async function updateArchiveSettings(
  ctx: Ctx,
  input: { fonds?: string; retention?: Partial<Record<ArchiveCategory, 0 | 10 | 30>>; letterFiling?: 'halfYearly' | 'yearly'; why?: string },
): Promise<ArchiveSettingsView> {
  if (!hasRole(ctx.actor, 'admin')) throw new AppError('FORBIDDEN', '只有平台管理人员可以修改档案设置');
  if (input.fonds !== undefined && !isFondsCode(input.fonds)) throw new AppError('VALIDATION', '全宗号只能是 2～10 位大写字母或数字，例如 X001', 'fonds');
  const actor = ctx.actor;
  return ctx.store.transaction(async (tx) => {
    const before = settingsOf(await tx.get<SettingsDoc>('archiveConfig', SETTINGS_ID));
    const next: ArchiveSettingsView = {
      fonds: input.fonds ?? before.fonds,
      retention: { ...before.retention, ...(input.retention ?? {}) },
      letterFiling: input.letterFiling ?? before.letterFiling,
    };
    if (JSON.stringify(next) === JSON.stringify(before)) return before;
    await tx.put('archiveConfig', { _id: SETTINGS_ID, ...next, updatedAt: ctx.now });
    await appendAudit(tx, auditEvent({ at: ctx.now, actor, subject: 'archiveConfig:settings', action: 'archives.settings', from: before, to: next, why: input.why }));
    return next;
  });
}
