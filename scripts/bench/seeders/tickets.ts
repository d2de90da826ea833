/**
 * Benchmark support for `npm run bench` (issue 5): seeds a store with tickets as the services
 * write them and times the staff inbox query (the real {@link queryInbox}). The lead's script
 * reports `inbox_p99_ms` from {@link benchInboxQuery} (target ≤ 20 ms with 100,000 tickets).
 */
import type { Doc, Store } from '../../../src/server/ports/store';
import { TICKET_TYPES, type Channel, type TicketStatus, type TicketType } from '../../../src/shared/tickets';
import type { StaffActor } from '../../../src/server/tickets/caller';
import { queryInbox, type InboxQuery } from '../../../src/server/tickets/inbox';
import { queueKeyFor } from '../../../src/server/tickets/timeline';
import type { TicketDoc } from '../../../src/server/tickets/types';

const DAY = 86_400_000;
const TYPES = Object.keys(TICKET_TYPES) as TicketType[];
const CHANNELS: Channel[] = ['walkIn', 'phone', 'online', 'letter', 'mailbox'];
const clerk = { staffId: 'staff:bench-clerk', name: '示例·张某' };

/**
 * The i-th benchmark ticket: one in `openEvery` is open (half received, half processing, due
 * around `now`, some overdue), the rest closed over the past year.
 */
export function benchTicket(i: number, now: number, openEvery: number): TicketDoc {
  const id = `tk_${i.toString(16).padStart(24, '0')}`;
  const open = i % openEvery === 0;
  const status: TicketStatus = open ? (i % (2 * openEvery) === 0 ? 'received' : 'processing') : 'closed';
  const createdAt = now - (i % 365) * DAY - (i % 1000) * 1000;
  const type = TYPES[i % TYPES.length];
  const dueAt = open && type !== 'praise' ? now + ((i % 21) - 5) * DAY / 2 : null;
  const doc: TicketDoc = {
    _id: id, type, channel: CHANNELS[i % CHANNELS.length], status, open, content: `示例来件 ${i}：咨询宅基地、赡养、劳动报酬等问题的处理办法。`,
    contact: { name: '示例·王某', phone: '13800000000' }, ownerOpenid: i % 3 === 0 ? `o-bench-${i % 5000}` : null, requestId: `bench-${i}`,
    createdAt, acceptedAt: status === 'received' ? null : createdAt, firstResponder: status === 'received' ? null : clerk,
    assignee: status === 'received' ? null : clerk, letterPhotoIds: [], clock: dueAt === null ? null : { id: `ticket:${id}:ticket.answer`, purpose: 'ticket.answer', title: '来件答复' },
    dueAt, queueKey: '', delay: null, timeline: [{ id: `ev_${i}`, at: createdAt, kind: 'registered', by: clerk, summary: '示例·张某 登记' }],
    notices: [], closure: open ? null : { result: '已答复', at: createdAt + DAY, by: clerk, onTime: true }, closedAt: open ? null : createdAt + DAY, updatedAt: createdAt,
  };
  if (type === 'complaint') doc.complaint = { scope: 'attitude', respondentStaffId: null, major: null };
  doc.queueKey = queueKeyFor(doc);
  return doc;
}

/** Bulk insert when the store offers one (the SQLite store's insertMany), else transactions. */
async function insertAll(store: Store, collection: string, docs: Doc[]): Promise<void> {
  const bulk = (store as Store & { insertMany?: (c: string, d: Doc[]) => Promise<void> }).insertMany;
  if (bulk) return bulk.call(store, collection, docs);
  await store.transaction(async (tx) => {
    for (const d of docs) await tx.put(collection, d);
  });
}

export interface BenchInboxResult {
  seedMs: number;
  runs: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Rows the default query answered (a sanity check that it did work). */
  firstPage: number;
}

/**
 * Seeds `total` tickets (1 in `openEvery` open) and times `runs` inbox queries, cycling through
 * the workbench's views: all open, by type, by status, and the second page.
 *
 * @example
 * await benchInboxQuery({ store: openSqliteStore({ file }), total: 100_000, openEvery: 20, runs: 2000, now: Date.now() })
 * // { seedMs: 9000, p50Ms: 0.6, p99Ms: 2.1, … }
 */
export async function benchInboxQuery(input: { store: Store; total: number; openEvery?: number; runs?: number; now: number }): Promise<BenchInboxResult> {
  const { store, total, now } = input;
  const openEvery = input.openEvery ?? 20;
  const runs = input.runs ?? 2000;
  const t0 = performance.now();
  for (let from = 0; from < total; from += 10_000) {
    const batch: TicketDoc[] = [];
    for (let i = from; i < Math.min(total, from + 10_000); i++) batch.push(benchTicket(i, now, openEvery));
    await insertAll(store, 'tickets', batch);
  }
  const seedMs = performance.now() - t0;
  const actor: StaffActor = { kind: 'staff', openid: 'o-bench-clerk', staffId: clerk.staffId, name: clerk.name, roles: ['staff'] };
  const first = await queryInbox(store, actor, {}, now);
  const queries: InboxQuery[] = [{}, { type: 'complaint' }, { status: 'processing' }, { after: first.next ?? undefined }, { status: 'received', type: 'consultation' }];
  for (let w = 0; w < 50; w++) await queryInbox(store, actor, queries[w % queries.length], now); // warm-up
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    await queryInbox(store, actor, queries[r % queries.length], now);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const pick = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)];
  return { seedMs, runs, p50Ms: pick(0.5), p99Ms: pick(0.99), maxMs: times[times.length - 1], firstPage: first.items.length };
}
