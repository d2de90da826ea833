import * as tcb from '@cloudbase/node-sdk';
import { invoke } from '../core/invoke';
import { fail, type FnResult } from '../core/result';
import type { FunctionDef, Runtime } from '../core/define';
import { systemClock } from '../ports/clock';
import { createCloudbaseStore } from '../store/cloudbase';
import type { SubscribeSender } from '../ports/sender';
import type { MiniProgramCode } from '../ports/mini-program-code';
import { identityFromCall, withoutPlatformFields, type CallContext } from './cloudbase-identity';
import { templatesFromEnv } from './templates';
import { createCloudbaseStorage } from './cloudbase-storage';

/** What a CloudBase entry needs from the platform; the real one touches the SDK, tests pass fakes. */
export interface CloudbasePlatform {
  /** The runtime of this warm container (built once, reused across calls). */
  runtime(): Runtime;
  /** The per-call context variables (OPENID, trigger source). */
  callContext(context: unknown): CallContext;
}

/**
 * Routes one CloudBase call: a timer trigger runs the function's timer action as `system`;
 * anything else is an event `{ action, ...payload }` (minus the platform's `userInfo`) from the
 * caller the platform names.
 *
 * @example
 * await handleCall(infoFunction, { action: 'me' }, ctx, platform) // { ok: true, data: { kind: 'resident' } }
 */
export async function handleCall(
  fn: FunctionDef,
  event: unknown,
  context: unknown,
  platform: CloudbasePlatform,
): Promise<FnResult> {
  const identity = identityFromCall(event, platform.callContext(context));
  if (identity.trigger) {
    if (!fn.timer) return fail({ code: 'UNKNOWN_ACTION', message: '不支持的操作', field: 'action' });
    return invoke(fn, { action: fn.timer.action }, identity, platform.runtime());
  }
  return invoke(fn, withoutPlatformFields(event), identity, platform.runtime());
}

/**
 * The `main(event, context)` export of a CloudBase function.
 *
 * @example
 * // cloudfunctions/info/index.ts
 * export const main = cloudbaseMain(infoFunction);
 */
export function cloudbaseMain(fn: FunctionDef, platform: CloudbasePlatform = sdkPlatform()): CloudbaseMain {
  const main = (event: unknown, context: unknown): Promise<FnResult> => handleCall(fn, event, context, platform);
  return Object.assign(main, { definition: fn });
}

/** A CloudBase entry; `definition` lets the bundler write the function's timer into config.json. */
export type CloudbaseMain = ((event: unknown, context: unknown) => Promise<FnResult>) & { definition: FunctionDef };

/**
 * What a function that sends nothing itself does with a message: leaves it for the scheduler
 * (retryable), whose config.json alone holds the `subscribeMessage.send` permission.
 */
const leaveToScheduler: SubscribeSender = {
  async send() {
    return { sent: false, retryable: true, reason: 'no-openapi-permission' };
  },
};

/**
 * The SDK-backed platform: one `tcb.init` per warm container, on first use. `sender` makes the
 * function's subscribe-message sender (the scheduler passes `wxCloudSender`); `miniProgramCode` the
 * invitation-code image (the people function passes `wxMiniProgramCode`).
 * @example cloudbaseMain(scheduler, sdkPlatform({ sender: wxCloudSender }))
 */
export function sdkPlatform(options: { sender?: () => SubscribeSender; miniProgramCode?: () => MiniProgramCode } = {}): CloudbasePlatform {
  let runtime: Runtime | undefined;
  return {
    runtime() {
      if (!runtime) {
        const app = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV });
        runtime = {
          store: createCloudbaseStore(app),
          clock: systemClock,
          sender: options.sender ? options.sender() : leaveToScheduler,
          templates: templatesFromEnv(process.env),
          reportStorage: createCloudbaseStorage(app), // issue 14: report files in cloud storage, answered as temporary URLs
        };
        if (options.miniProgramCode) runtime.miniProgramCode = options.miniProgramCode();
      }
      return runtime;
    },
    callContext(context) {
      try {
        return tcb.getCloudbaseContext(context as Parameters<typeof tcb.getCloudbaseContext>[0]) as CallContext;
      } catch {
        return tcb.getCloudbaseContext() as CallContext;
      }
    },
  };
}
