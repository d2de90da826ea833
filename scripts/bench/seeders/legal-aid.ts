/**
 * Benchmark support for `npm run bench` (issue 11): seeds a store with legal-aid applications
 * shaped as the services write them and times the staff queue (the real {@link listQueue}).
 * Reported as `legal_aid_queue_p99_ms` (target ≤ 20 ms with 100,000 applications).
 */
import type { Ctx } from '../../../src/server/core/define';
import type { Doc, Store } from '../../../src/server/ports/store';
import { listQueue, type QueueInput } from '../../../src/server/legal-aid/read';
import { withDue } from '../../../src/server/legal-aid/clocks';
import type { LegalAidDoc } from '../../../src/server/legal-aid/types';
import type { LegalAidStatus } from '../../../src/shared/legal-aid';
import { toBeijingDate } from '../../../src/domain/beijing';

const DAY = 86_400_000;
const OPEN: LegalAidStatus[] = ['applied', 'materialsRequested', 'accepted', 'granted', 'assigned', 'aiding'];
const DONE: LegalAidStatus[] = ['closed', 'closed', 'closed', 'denied', 'withdrawn', 'terminated'];
const clerk = { staffId: 'staff:bench-clerk', name: '示例·张某' };

/** The i-th benchmark application: one in `openEvery` open, a third green channel, a tenth with a worker account. */
export function benchApplication(i: number, now: number, openEvery: number): LegalAidDoc {
  const id = `la_${i.toString(16).padStart(24, '0')}`;
  const open = i % openEvery === 0;
  const status = open ? OPEN[(i / openEvery) % OPEN.length] : DONE[i % DONE.length];
  const receivedAt = now - (i % 365) * DAY - (i % 1000) * 1000;
  const green = i % 3 === 0;
  const dueAt = open ? now + ((i % 21) - 5) * DAY / 4 : null;
  const workerStaffId = i % 10 === 0 ? `staff:bench-lawyer-${i % 7}` : '';
  const doc: LegalAidDoc = {
    _id: id, requestKey: `bench|${i}`, ownerOpenid: i % 2 === 0 ? `o-bench-${i % 5000}` : null, channel: i % 2 === 0 ? 'online' : 'walkIn', status, open,
    applicant: { name: '示例·王某', phone: '13800000000' }, relation: null, groups: green ? ['elderly'] : [], greenGroups: green ? ['elderly'] : [],
    greenChannel: green, urgent: false, urgentReason: null, hardship: 'dibao', hardshipReview: 'exempt', declaration: null,
    matter: { kind: 'wages', summary: `示例申请 ${i}：追索劳动报酬` }, photoIds: [], receivedAt, receivedDay: toBeijingDate(receivedAt),
    sameDayDate: green ? toBeijingDate(receivedAt) : '',
    clocks: dueAt === null ? [] : [{ purpose: 'legalAid.decide', clockId: `legalAid:${id}:legalAid.decide`, title: '法律援助审批', dueAt, provisional: false, state: 'running', stoppedAt: null, onTime: null }],
    dueAt: null, duePurpose: null, queueKey: '', materials: null, materialsDueAt: null, decision: null, worker: null, workerStaffId,
    progress: [], closure: null, termination: null, firstResponder: clerk, handlerIds: [clerk.staffId, ...(workerStaffId ? [workerStaffId] : [])],
    steps: [{ kind: 'registered', at: receivedAt, by: clerk.name, summary: '现场申请' }], documents: [], createdAt: receivedAt, updatedAt: receivedAt,
  };
  return withDue(doc);
}

async function insertAll(store: Store, collection: string, docs: Doc[]): Promise<void> {
  const bulk = (store as Store & { insertMany?: (c: string, d: Doc[]) => Promise<void> }).insertMany;
  if (bulk) return bulk.call(store, collection, docs);
  await store.transaction(async (tx) => {
    for (const d of docs) await tx.put(collection, d);
  });
}

export interface BenchQueueResult {
  seedMs: number;
  runs: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  firstPage: number;
}

/**
 * Seeds `total` applications and times `runs` queue requests cycling through the queue's filters:
 * all open, green only, by status, status + green, a worker's own cases, the second page.
 *
 * @example await benchLegalAidQueue({ store, total: 100_000, runs: 2000, now }) // { p99Ms: 1.2, … }
 */
export async function benchLegalAidQueue(input: { store: Store; total: number; openEvery?: number; runs?: number; now: number }): Promise<BenchQueueResult> {
  const { store, total, now } = input;
  const openEvery = input.openEvery ?? 20;
  const runs = input.runs ?? 2000;
  const t0 = performance.now();
  for (let from = 0; from < total; from += 10_000) {
    const batch: LegalAidDoc[] = [];
    for (let i = from; i < Math.min(total, from + 10_000); i++) batch.push(benchApplication(i, now, openEvery));
    await insertAll(store, 'legalAidApplications', batch);
  }
  const seedMs = performance.now() - t0;
  const staff: Ctx['actor'] = { kind: 'staff', openid: 'o-bench-clerk', staffId: clerk.staffId, name: clerk.name, roles: ['staff'] };
  const lawyer: Ctx['actor'] = { kind: 'staff', openid: 'o-bench-lawyer', staffId: 'staff:bench-lawyer-0', name: '示例·王律师', roles: ['legalAidWorker'] };
  const ctx = (actor: Ctx['actor']) => ({ store, actor, now, clock: { now: () => now }, sender: { send: async () => ({ sent: true }) }, templates: {} }) as unknown as Ctx;
  const first = await listQueue(ctx(staff), {});
  const cases: [Ctx['actor'], QueueInput][] = [
    [staff, {}], [staff, { green: true }], [staff, { status: 'accepted' }], [staff, { status: 'granted', green: true }], [lawyer, {}], [staff, { after: first.next ?? undefined }],
  ];
  for (let w = 0; w < 60; w++) await listQueue(ctx(cases[w % cases.length][0]), cases[w % cases.length][1]);
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const [actor, q] = cases[r % cases.length];
    const t = performance.now();
    await listQueue(ctx(actor), q);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const pick = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)];
  return { seedMs, runs, p50Ms: pick(0.5), p99Ms: pick(0.99), maxMs: times[times.length - 1], firstPage: first.items.length };
}
