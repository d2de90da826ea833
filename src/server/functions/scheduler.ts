import { action, defineFunction } from '../core/define';
import { closedObject } from '../content/schema-kit';
import { runTick } from '../scheduler/tick';

/**
 * Every 5 minutes, Beijing time, CloudBase 7-field cron (`sec min hour day month weekday year`).
 * The daily jobs fire on the first tick at or after their time (17:00 → the 17:00 tick).
 */
export const SCHEDULER_CRON = '0 */5 * * * * *';

/**
 * `scheduler` (timer only): `tick` runs the deadline clock pass, the daily jobs that are due
 * (17:00 complaint mailbox, first-week archiving; working days only) and the outbox dispatch.
 * A timer that fires twice, late, or overlapping another does nothing twice.
 *
 * @example
 * await invoke(scheduler, { action: 'tick' }, { openid: null, trigger: true }, runtime)
 * // { ok: true, data: { clocks: { … }, jobs: { … }, outbox: { … } } }
 */
export const scheduler = defineFunction(
  'scheduler',
  {
    tick: action({
      access: 'system',
      input: closedObject({}),
      run: (ctx) => runTick(ctx, ctx.now),
    }),
  },
  { cron: SCHEDULER_CRON, action: 'tick' },
);
