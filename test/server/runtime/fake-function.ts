import { z } from 'zod';
import { action, defineFunction, type Runtime } from '../../../src/server/core/define';
import { fixedClock } from '../../../src/server/ports/clock';
import type { Store } from '../../../src/server/ports/store';

/** Records who called which action, so routing can be observed without a real use case. */
export function recordingFunction(timer?: { cron: string; action: string }) {
  const calls: Array<{ action: string; actor: unknown }> = [];
  const fn = defineFunction(
    'probe',
    {
      tick: action({
        access: 'system',
        input: z.object({}).strict(),
        run: async (ctx) => {
          calls.push({ action: 'tick', actor: ctx.actor });
          return { ticked: ctx.now };
        },
      }),
      whoami: action({
        access: 'public',
        input: z.object({}).strict(),
        run: async (ctx) => {
          calls.push({ action: 'whoami', actor: ctx.actor });
          return ctx.actor;
        },
      }),
    },
    timer,
  );
  return { fn, calls };
}

/** A runtime whose store knows no staff: every openid is a resident. */
export function bareRuntime(now = Date.parse('2025-10-09T10:00:00+08:00')): Runtime {
  const store = { find: async () => [] } as unknown as Store;
  return {
    store,
    clock: fixedClock(now),
    sender: { send: async () => ({ sent: false, retryable: false, reason: 'no-wechat' }) },
    templates: {},
  };
}
