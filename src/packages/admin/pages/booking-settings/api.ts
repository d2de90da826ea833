import { callFunction } from '../../../../api/call';
import type { AppointmentSettings, CloseDayResult, DayClosure } from '../../../../shared/appointments';

/** Calls one admin action of the `appointments` function (contract: src/shared/appointments.ts). */
const appt = <T>(action: string, payload: Record<string, unknown> = {}) => callFunction<T>('appointments', { action, ...payload });

/** The settings in force. @example await loadSettings() */
export const loadSettings = () => appt<AppointmentSettings>('settings');

/** Changes some settings (audited with `why`). */
export const saveSettings = (patch: Partial<Omit<AppointmentSettings, 'version'>>, why?: string) =>
  appt<AppointmentSettings>('updateSettings', { ...patch, ...(why ? { why } : {}) });

/** Upcoming days closed for appointments. */
export const loadClosedDays = () => appt<{ items: DayClosure[] }>('closedDays');

/** Closes a day for appointments (a local event); its bookings must move. */
export const closeDay = (date: string, reason: string) => appt<CloseDayResult>('closeDay', { date, reason });

/** Opens a closed day again. */
export const reopenDay = (date: string) => appt<{ date: string; reopened: true }>('reopenDay', { date });
