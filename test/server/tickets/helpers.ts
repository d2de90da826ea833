import { invoke } from '../../../src/server/core/invoke';
import { tickets } from '../../../src/server/functions/tickets';
import type { FnResult } from '../../../src/server/core/result';
import type { PlatformIdentity } from '../../../src/server/ports/identity';
import type { TicketStaffView, TicketView } from '../../../src/shared/tickets';
import { as, type TestRuntime } from '../../support/runtime';

/** Resident A is the seeded demo resident, resident B someone else signed in. */
export const residentA = as.resident;
export const residentB = as.stranger;

/** Calls one action of `tickets`. */
export function call(runtime: TestRuntime, action: string, payload: Record<string, unknown>, who: PlatformIdentity): Promise<FnResult> {
  return invoke(tickets, { action, ...payload }, who, runtime);
}

/** The data of a successful result, or a failure showing the error. */
export function data<T = any>(res: FnResult): T {
  if (!res.ok) throw new Error(`expected ok, got ${JSON.stringify(res.error)}`);
  return res.data as T;
}

let seq = 0;
/** A fresh request id. */
export const rid = () => `req-${++seq}-abcdefgh`;

export const complaintPayload = () => ({
  type: 'complaint',
  content: '窗口工作人员态度生硬，让我回去自己看指南。',
  name: '陈大爷',
  phone: '13812345678',
  complaint: { scope: 'attitude', respondentName: '张某' },
  requestId: rid(),
});

/** Resident A files an online complaint; answers its view. */
export async function fileComplaint(runtime: TestRuntime, who = residentA): Promise<TicketView> {
  return data<{ ticket: TicketView }>(await call(runtime, 'submit', complaintPayload(), who)).ticket;
}

/** Resident A asks an online consultation. */
export async function askOnline(runtime: TestRuntime, who = residentA): Promise<TicketView> {
  const res = await call(runtime, 'submit', { type: 'consultation', content: '邻居占了我家的宅基地怎么办？', requestId: rid() }, who);
  return data<{ ticket: TicketView }>(res).ticket;
}

/** Staff register a phone consultation; answers its staff view. */
export async function registerPhone(runtime: TestRuntime, who = as.staff, extra: Record<string, unknown> = {}): Promise<TicketStaffView> {
  const res = await call(runtime, 'register', {
    requestId: rid(), channel: 'phone', type: 'consultation', content: '来电咨询遗嘱公证要带什么材料', contact: { name: '王某', phone: '13900001111' }, ...extra,
  }, who);
  return data<{ ticket: TicketStaffView }>(res).ticket;
}

/** Documents of one collection. */
export async function all<T = any>(runtime: TestRuntime, collection: string): Promise<T[]> {
  return runtime.store.find<any>(collection, { orderBy: [['_id', 'asc']], limit: 1000 }) as Promise<T[]>;
}
