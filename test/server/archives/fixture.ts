import { invoke } from '../../../src/server/core/invoke';
import { archives } from '../../../src/server/functions/archives';
import { tickets } from '../../../src/server/functions/tickets';
import type { Runtime } from '../../../src/server/core/define';
import type { FnResult } from '../../../src/server/core/result';
import type { PlatformIdentity } from '../../../src/server/ports/identity';
import type { Store } from '../../../src/server/ports/store';
import { seedIfEmpty } from '../../../src/server/seed';
import { recordingSender } from '../../support/runtime';

/** Beijing wall time → epoch ms. @example bj('2026-11-26 10:00') */
export const bj = (s: string) => Date.parse(`${s.replace(' ', 'T')}:00+08:00`);

export const who = {
  resident: { openid: 'demo-resident' } as PlatformIdentity,
  staff: { openid: 'demo-staff' } as PlatformIdentity,
  director: { openid: 'demo-director' } as PlatformIdentity,
  admin: { openid: 'demo-admin' } as PlatformIdentity,
  archivist: { openid: 'demo-archivist' } as PlatformIdentity,
  liaison: { openid: 'demo-liaison' } as PlatformIdentity,
  anonymous: { openid: null } as PlatformIdentity,
};

export interface ArchivesFixture {
  runtime: Runtime;
  setNow(ms: number): void;
  call(action: string, payload: Record<string, unknown>, as: PlatformIdentity): Promise<FnResult>;
  /** Registers a walk-in or phone contact as window staff at the fixture's clock; answers the ticket id. */
  register(payload: Record<string, unknown>): Promise<string>;
}

let seq = 0;

/** The station seeded, plus an archivist (档案管理人员) and a unit liaison with accounts. */
export async function makeFixture(store: Store, start: number): Promise<ArchivesFixture> {
  let now = start;
  await seedIfEmpty(store, now);
  await store.transaction(async (tx) => {
    await tx.put('staff', { _id: 'staff:demo-archivist', openid: 'demo-archivist', name: '示例·吴某', roles: ['archivist'], active: true, order: 7 });
    await tx.put('staff', { _id: 'staff:demo-liaison', openid: 'demo-liaison', name: '示例·郑某', roles: ['unitLiaison'], unitIds: ['unit:court'], active: true, order: 8 });
  });
  const runtime: Runtime = { store, clock: { now: () => now }, sender: recordingSender(), templates: {} };
  return {
    runtime,
    setNow: (ms) => { now = ms; },
    call: (action, payload, as) => invoke(archives, { action, ...payload }, as, runtime),
    async register(payload) {
      seq += 1;
      const res = await invoke(tickets, { action: 'register', requestId: `reg-${seq}-${Date.now()}`, ...payload }, who.staff, runtime);
      return data<{ ticket: { id: string } }>(res).ticket.id;
    },
  };
}

/** The data of a successful result, or a failure showing the error. */
export function data<T = any>(res: FnResult): T {
  if (!res.ok) throw new Error(`expected ok, got ${JSON.stringify(res.error)}`);
  return res.data as T;
}

/** The error of a failed result. */
export function failure(res: FnResult): { code: string; message: string; field?: string } {
  if (res.ok) throw new Error(`expected a failure, got ${JSON.stringify(res.data).slice(0, 300)}`);
  return res.error;
}
