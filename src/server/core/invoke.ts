import { AppError, toErrorBody } from './errors';
import { isAllowed } from './access';
import { parseInput } from './validation';
import { ok, fail, type FnResult } from './result';
import type { FunctionDef, Runtime } from './define';
import type { PlatformIdentity } from '../ports/identity';
import { resolveActor } from './actor';
import { MAX_EVENT_DEPTH, nestedDeeperThan } from './depth';

/** Largest event accepted, as serialized JSON. */
export const MAX_EVENT_BYTES = 64 * 1024;

/**
 * Runs one event `{ action, ...payload }` through a function: depth and size checks, action lookup,
 * identity → actor, authorization, validation, then the use case. Never throws.
 */
export async function invoke(
  fn: FunctionDef,
  event: unknown,
  identity: PlatformIdentity,
  runtime: Runtime,
): Promise<FnResult> {
  try {
    if (nestedDeeperThan(event, MAX_EVENT_DEPTH)) {
      throw new AppError('VALIDATION', '提交的内容层次太深，格式不对');
    }
    if (Buffer.byteLength(JSON.stringify(event ?? null)) > MAX_EVENT_BYTES) {
      throw new AppError('PAYLOAD_TOO_LARGE', '提交的内容太大了，请删减后再试');
    }
    if (typeof event !== 'object' || event === null || Array.isArray(event)) {
      throw new AppError('VALIDATION', '请求格式不对', 'action');
    }
    const { action: name, ...payload } = event as Record<string, unknown>;
    const def = typeof name === 'string' && Object.hasOwn(fn.actions, name) ? fn.actions[name] : undefined;
    if (!def) throw new AppError('UNKNOWN_ACTION', '不支持的操作', 'action');

    const actor = await resolveActor(runtime.store, identity);
    if (!isAllowed(actor, def.access)) {
      throw actor.kind === 'anonymous'
        ? new AppError('UNAUTHENTICATED', '请先登录后再操作')
        : new AppError('FORBIDDEN', '您没有权限进行这项操作');
    }
    const input = parseInput(def.input, payload);
    const data = await def.run({ ...runtime, actor, now: runtime.clock.now() }, input);
    return ok(data);
  } catch (err) {
    if (!(err instanceof AppError)) console.error(`[${fn.name}]`, err);
    return fail(toErrorBody(err));
  }
}
