import { invoke } from '../../../src/server/core/invoke';
import { appointments } from '../../../src/server/functions/appointments';
import type { PlatformIdentity } from '../../../src/server/ports/identity';
import { fixedClock } from '../../../src/server/ports/clock';
import type { Runtime } from '../../../src/server/core/define';
import { as } from '../../support/runtime';

export { as };

/** A resident by openid (anyone not in the staff table is a resident). */
export const person = (openid: string): PlatformIdentity => ({ openid });

let seq = 0;
/** A fresh client request id, as the pages make one per tap. */
export const rid = (): string => `req-${Date.now().toString(36)}-${(seq++).toString(36).padStart(4, '0')}`;

/**
 * Calls one action of `appointments` as `who`.
 * @example await call(runtime, as.resident, 'book', { service: 'consultation', date, start, requestId: rid() })
 */
export function call(runtime: Runtime, who: PlatformIdentity, action: string, payload: Record<string, unknown> = {}): Promise<any> {
  return invoke(appointments, { action, ...payload }, who, runtime);
}

/** The same runtime with its clock moved to `iso` (Beijing). */
export const at = (runtime: Runtime, iso: string): Runtime => ({ ...runtime, clock: fixedClock(Date.parse(`${iso}+08:00`)) });

/** A booking payload for 2026-12-01 (Tuesday) unless told otherwise. */
export const booking = (over: Record<string, unknown> = {}) => ({
  service: 'consultation', date: '2026-12-01', start: '09:00', requestId: rid(), ...over,
});

export const beijing = (iso: string): number => Date.parse(`${iso}+08:00`);
