import { invoke } from '../../../src/server/core/invoke';
import { people } from '../../../src/server/functions/people';
import { info } from '../../../src/server/functions/info';
import { tickets } from '../../../src/server/functions/tickets';
import type { Runtime } from '../../../src/server/core/define';
import type { FnResult } from '../../../src/server/core/result';
import { fixedClock } from '../../../src/server/ports/clock';
import type { PlatformIdentity } from '../../../src/server/ports/identity';
import type { Store } from '../../../src/server/ports/store';
import { collections } from '../../../src/server/store/collections';

/** Calls one action of `people`. */
export function call(runtime: Runtime, action: string, payload: Record<string, unknown>, who: PlatformIdentity): Promise<FnResult> {
  return invoke(people, { action, ...payload }, who, runtime);
}

/** Who `info.me` says the caller is. */
export async function me(runtime: Runtime, who: PlatformIdentity): Promise<any> {
  return data(await invoke(info, { action: 'me' }, who, runtime));
}

/** The badges on the published roster, by name. */
export async function rosterNames(runtime: Runtime): Promise<string[]> {
  const overview = data<{ items: { kind: string; data: { name: string } }[] }>(await invoke(info, { action: 'overview' }, { openid: null }, runtime));
  return overview.items.filter((i) => i.kind === 'badge').map((i) => i.data.name);
}

/** Registers a phone consultation as `who` (they become its assignee). */
export async function registerPhone(runtime: Runtime, who: PlatformIdentity, requestId: string): Promise<string> {
  const res = await invoke(tickets, {
    action: 'register', requestId, channel: 'phone', type: 'consultation', content: '来电咨询遗嘱公证要带什么材料', contact: { name: '王某', phone: '13900001111' },
  }, who, runtime);
  return data<{ ticket: { id: string } }>(res).ticket.id;
}

/** The data of a successful result, or a failure showing the error. */
export function data<T = any>(res: FnResult): T {
  if (!res.ok) throw new Error(`expected ok, got ${JSON.stringify(res.error)}`);
  return res.data as T;
}

/** The error of a failed result. */
export function error(res: FnResult): { code: string; message: string; field?: string } {
  if (res.ok) throw new Error(`expected an error, got ${JSON.stringify(res.data)}`);
  return res.error;
}

/** The same runtime at another instant. */
export function at(runtime: Runtime, iso: string): Runtime {
  return { ...runtime, clock: fixedClock(Date.parse(iso)) };
}

/** Every document of every collection (any store), to prove a refused call wrote nothing. */
export async function snapshotOf(store: Store): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const name of Object.keys(collections)) out[name] = await store.find(name, { orderBy: [['_id', 'asc']], limit: 1000 });
  return out;
}

let seq = 0;
/** A fresh request id. */
export const rid = (): string => `req-${++seq}-abcdefgh`;
