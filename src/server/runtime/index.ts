/**
 * Runtimes: the same FunctionDefs, run on a platform.
 * - embedded.ts          — `createEmbeddedRuntime`: SQLite in DATA_DIR, seeded, inbox-only notices (npm start)
 * - timers.ts            — `scheduleTimers`: each function's timer in-process with croner (embedded)
 * - cron.ts              — CloudBase 7-field cron → croner 6-field pattern
 * - cloudbase.ts         — `cloudbaseMain(fn)`: the `main(event, context)` of a CloudBase function
 * - cloudbase-identity.ts — who is calling in CloudBase (OPENID, timer trigger), pure
 * - templates.ts         — subscribe-message template ids from TEMPLATE_IDS
 *
 * The two entry points are imported by path, never through this file: a cloud bundle must not
 * reach embedded.ts (better-sqlite3), and the gateway has no use for the CloudBase SDK.
 */
export { scheduleTimers, cronerSchedule, type Schedule, type TimerHandle } from './timers';
export { toCronerPattern, TIMER_TIMEZONE } from './cron';
export { identityFromCall, looksLikeTimerEvent, withoutPlatformFields, type CallContext } from './cloudbase-identity';
export { templatesFromEnv } from './templates';
