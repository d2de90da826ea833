import { invoke } from '../../../src/server/core/invoke';
import { ratings } from '../../../src/server/functions/ratings';
import { scheduler } from '../../../src/server/functions/scheduler';
import { fixedClock } from '../../../src/server/ports/clock';
import type { FnResult } from '../../../src/server/core/result';
import type { PlatformIdentity } from '../../../src/server/ports/identity';
import { as, type TestRuntime } from '../../support/runtime';
import { askOnline, call as callTickets, data, registerPhone, rid } from '../tickets/helpers';

export { data, rid };

/** Beijing wall time → epoch ms. @example bj('2026-12-01 09:05') */
export const bj = (s: string) => Date.parse(`${s.replace(' ', 'T')}:00+08:00`);

/** The runtime with its clock moved to `now`. */
export const at = (runtime: TestRuntime, now: number): TestRuntime => ({ ...runtime, clock: fixedClock(now) });

/** Calls one action of `ratings`. */
export function call(runtime: TestRuntime, action: string, payload: Record<string, unknown>, who: PlatformIdentity): Promise<FnResult> {
  return invoke(ratings, { action, ...payload }, who, runtime);
}

/** One scheduler tick at `now`, as the timer. */
export async function tick(runtime: TestRuntime, now: number): Promise<any> {
  return data(await invoke(scheduler, { action: 'tick' }, as.timer, at(runtime, now)));
}

/** Resident `who` asks online; staff close it. Answers the ticket id. */
export async function closedOnline(runtime: TestRuntime, who: PlatformIdentity = as.resident): Promise<string> {
  const t = await askOnline(runtime, who);
  data(await callTickets(runtime, 'close', { id: t.id, result: '已电话答复：可申请宅基地确权。' }, as.staff));
  return t.id;
}

/** Staff register a phone consultation and close it. */
export async function closedPhone(runtime: TestRuntime): Promise<string> {
  const t = await registerPhone(runtime, as.staff);
  data(await callTickets(runtime, 'close', { id: t.id, result: '已告知所需材料。' }, as.staff));
  return t.id;
}

export const ticketSubject = (id: string) => ({ type: 'ticket', id });
