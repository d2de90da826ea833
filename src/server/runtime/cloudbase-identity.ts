import type { PlatformIdentity } from '../ports/identity';

/** The per-call variables CloudBase sets (via `getCloudbaseContext`) that identity depends on. */
export interface CallContext {
  /** The WeChat caller's OPENID; empty for timer calls and non-WeChat callers. */
  WX_OPENID?: string;
  /** The CloudBase user id of a web (possibly anonymous) caller. */
  TCB_UUID?: string;
  /** `'timer'` when a timer trigger made the call. */
  TRIGGER_SRC?: string;
}

/**
 * True when the event has the shape CloudBase gives a timer trigger call:
 * `{ Type: 'Timer', TriggerName, Time, Message }` (`Type` compared case-insensitively).
 *
 * @example
 * looksLikeTimerEvent({ Type: 'Timer', TriggerName: 'scheduler', Time: '2025-10-09T01:00:00Z' }) // true
 */
export function looksLikeTimerEvent(event: unknown): boolean {
  if (typeof event !== 'object' || event === null) return false;
  const { Type, TriggerName } = event as Record<string, unknown>;
  return typeof Type === 'string' && Type.toLowerCase() === 'timer' && typeof TriggerName === 'string';
}

/**
 * Who made this CloudBase call. A timer call is recognised only when the platform agrees — the
 * event has the timer shape, there is no caller (no OPENID, no CloudBase user) and the platform
 * did not name another trigger source — so a person cannot pose as the system by sending a
 * timer-shaped payload. Otherwise the caller's OPENID, or anonymous.
 *
 * @example
 * identityFromCall({ action: 'me' }, { WX_OPENID: 'o123' }) // { openid: 'o123' }
 * identityFromCall({ Type: 'Timer', TriggerName: 't' }, { TRIGGER_SRC: 'timer' }) // { openid: null, trigger: true }
 */
export function identityFromCall(event: unknown, call: CallContext): PlatformIdentity {
  const openid = call.WX_OPENID || null;
  const hasCaller = Boolean(openid || call.TCB_UUID);
  const platformSaysTimer = !call.TRIGGER_SRC || call.TRIGGER_SRC === 'timer';
  if (looksLikeTimerEvent(event) && !hasCaller && platformSaysTimer) return { openid: null, trigger: true };
  return { openid };
}

/** Fields the WeChat platform adds to every mini-program call's event; not part of the payload. */
const PLATFORM_FIELDS = ['userInfo'] as const;

/**
 * The caller's event without the fields the platform injects (`userInfo: { appId, openId }`
 * arrives in every `wx.cloud.callFunction` event). Identity never comes from them — it comes
 * from the call context — and strict input schemas would otherwise refuse every call.
 *
 * @example
 * withoutPlatformFields({ action: 'me', userInfo: { openId: 'o1', appId: 'wx1' } }) // { action: 'me' }
 */
export function withoutPlatformFields(event: unknown): unknown {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) return event;
  if (!PLATFORM_FIELDS.some((f) => Object.hasOwn(event, f))) return event;
  const copy: Record<string, unknown> = { ...(event as Record<string, unknown>) };
  for (const f of PLATFORM_FIELDS) delete copy[f];
  return copy;
}
