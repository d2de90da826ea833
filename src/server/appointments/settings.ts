import type { Ctx } from '../core/define';
import type { Doc, Store } from '../ports/store';
import type { AppointmentSettings } from '../../shared/appointments';
import { appendAudit, auditEvent } from '../content/audit';
import { staffName } from '../content/staff-name';

/** Until the admin sets them: two places per half-hour slot, two weeks ahead, two hours' notice. */
export const DEFAULT_SETTINGS: AppointmentSettings = {
  capacityPerSlot: 2,
  slotMinutes: 30,
  horizonDays: 14,
  minLeadMinutes: 120,
  version: 0,
};

export const SETTINGS_ID = 'settings';

type SettingsDoc = AppointmentSettings & Doc & { kind: 'settings'; updatedAt?: number; updatedBy?: string };

const plain = (doc: SettingsDoc | null): AppointmentSettings => {
  if (!doc) return { ...DEFAULT_SETTINGS };
  const { capacityPerSlot, slotMinutes, horizonDays, minLeadMinutes, version } = doc;
  return { capacityPerSlot, slotMinutes, horizonDays, minLeadMinutes, version };
};

/**
 * The appointment settings in force (the defaults until the admin changes one).
 * @example (await loadSettings(store)).capacityPerSlot // 2
 */
export async function loadSettings(store: Pick<Store, 'get'>): Promise<AppointmentSettings> {
  return plain(await store.get<SettingsDoc>('appointmentConfig', SETTINGS_ID));
}

export type SettingsPatch = Partial<Omit<AppointmentSettings, 'version'>>;

/**
 * Changes some settings, audited in the same transaction; `version` goes up by one. Changing
 * nothing writes nothing. Existing bookings keep their slots.
 *
 * @example await updateSettings(ctx, { capacityPerSlot: 3 }, '新增一名窗口人员') // { capacityPerSlot: 3, …, version: 1 }
 */
export async function updateSettings(ctx: Pick<Ctx, 'store' | 'actor' | 'now'>, patch: SettingsPatch, why?: string): Promise<AppointmentSettings> {
  const by = staffName(ctx.actor);
  return ctx.store.transaction(async (tx) => {
    const before = plain(await tx.get<SettingsDoc>('appointmentConfig', SETTINGS_ID));
    const changed = (Object.keys(patch) as (keyof SettingsPatch)[]).filter((k) => patch[k] !== undefined && patch[k] !== before[k]);
    if (changed.length === 0) return before;
    const after: AppointmentSettings = { ...before, ...patch, version: before.version + 1 };
    await tx.put('appointmentConfig', { _id: SETTINGS_ID, kind: 'settings', date: null, ...after, updatedAt: ctx.now, updatedBy: by });
    await appendAudit(tx, auditEvent({ at: ctx.now, actor: ctx.actor, subject: 'appointments:settings', action: 'appointments.settings', from: before, to: after, why }));
    return after;
  });
}
