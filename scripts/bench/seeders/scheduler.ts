/**
 * Benchmark support for `npm run bench` (issue 3): seeds a store with deadline clocks — closed
 * (stopped, `nextCheckAt` null), open (due in the future) and due now — and times scheduler
 * passes. The lead's script reports `scheduler_pass_1m_ms` and `scheduler_scale_ratio` from
 * {@link benchSchedulerScale}.
 */
import type { Doc, Store } from '../../../src/server/ports/store';
import type { ClockDoc } from '../../../src/server/deadlines/clock-doc';
import { runClockPass, type ClockPassSummary } from '../../../src/server/scheduler/clock-pass';

export interface BenchSchedulerInput {
  store: Store;
  /** Clocks in all (closed = total − open − due). */
  total: number;
  open: number;
  due: number;
  now: number;
  /** Passes to time (each over `due` fresh due clocks); the median is reported. Default 3. */
  passes?: number;
}

export interface BenchSchedulerResult {
  seedMs: number;
  /** Median time of one pass over `due` due clocks. */
  passMs: number;
  passesMs: number[];
  summary: ClockPassSummary;
}

const BATCH = 20_000;
const DAY = 86_400_000;

/** A clock document as the service writes it, shaped for the benchmark. */
function clockDoc(id: string, state: ClockDoc['state'], dueAt: number, nextCheckAt: number | null): ClockDoc {
  return {
    _id: id, subject: `complaint:${id}`, subjectType: 'complaint', subjectId: id, purpose: 'complaint.answer', title: '投诉答复',
    rule: { kind: 'workingDays', days: 5 }, warnBefore: { workingDays: 1 }, state, startedAt: dueAt - 7 * DAY, pauses: [],
    dueAt, warnAt: dueAt - DAY, provisional: false, calendarVersion: 'bench', warnedAt: dueAt - DAY,
    overdueAt: state === 'stopped' ? dueAt : null, nextCheckAt, responsibleStaffId: 'staff:bench-clerk',
    recipientOpenid: `o-${id}`, createdAt: dueAt - 7 * DAY, updatedAt: dueAt - 7 * DAY,
  };
}

/** Bulk insert when the store offers one (the SQLite store's insertMany), else transactions. */
async function insertAll(store: Store, collection: string, docs: Doc[]): Promise<void> {
  const bulk = (store as Store & { insertMany?: (c: string, d: Doc[]) => Promise<void> }).insertMany;
  if (bulk) return bulk.call(store, collection, docs);
  await store.transaction(async (tx) => {
    for (const d of docs) await tx.put(collection, d);
  });
}

/** Seeds `count` clocks made by `make(i)`, a batch at a time (1M documents never sit in memory). */
async function seedClocks(store: Store, count: number, make: (i: number) => ClockDoc): Promise<void> {
  for (let from = 0; from < count; from += BATCH) {
    const batch: ClockDoc[] = [];
    for (let i = from; i < Math.min(count, from + BATCH); i++) batch.push(make(i));
    await insertAll(store, 'clocks', batch);
  }
}

/**
 * Seeds the store (a clerk and a director, `total − open − due` closed clocks, `open` clocks due
 * within 30 days, `due` clocks due now) and times `passes` scheduler passes, each over `due`
 * freshly seeded due clocks so every pass does the same work (warn → overdue, 3 notifications
 * and an audit event per clock).
 *
 * @example
 * const store = openSqliteStore({ file: '/tmp/bench.db' });
 * await benchScheduler({ store, total: 1_000_000, open: 10_000, due: 100, now: Date.now() })
 * // { seedMs: 41000, passMs: 60, passesMs: [...], summary: { due: 100, overdue: 100, … } }
 */
export async function benchScheduler(input: BenchSchedulerInput): Promise<BenchSchedulerResult> {
  const { store, total, open, due, now } = input;
  const passes = input.passes ?? 3;
  const closed = total - open - due;
  if (closed < 0) throw new RangeError('total must be at least open + due');
  const seedStart = performance.now();
  await insertAll(store, 'staff', [
    { _id: 'staff:bench-clerk', openid: 'o-bench-clerk', name: '示例·张某', roles: ['staff'], active: true, order: 1 },
    { _id: 'staff:bench-director', openid: 'o-bench-director', name: '示例·刘某', roles: ['staff', 'director'], active: true, order: 2 },
  ]);
  await seedClocks(store, closed, (i) => clockDoc(`closed-${i}`, 'stopped', now - 30 * DAY + (i % 1000), null));
  await seedClocks(store, open, (i) => clockDoc(`open-${i}`, 'running', now + DAY + (i % 30) * DAY, now + DAY + i));
  const seedMs = performance.now() - seedStart;

  const passesMs: number[] = [];
  let summary: ClockPassSummary | undefined;
  for (let p = 0; p < passes; p++) {
    await seedClocks(store, due, (i) => clockDoc(`due-${p}-${i}`, 'running', now - 1, now - 1 - i));
    const t = performance.now();
    summary = await runClockPass(store, now);
    passesMs.push(performance.now() - t);
  }
  const sorted = [...passesMs].sort((a, b) => a - b);
  return { seedMs, passMs: sorted[Math.floor(sorted.length / 2)], passesMs, summary: summary! };
}

export interface ScaleResult {
  /** Median pass time over the large store (1,000,000 clocks by default). */
  passLargeMs: number;
  /** Median pass time over the small store (10,000 clocks), same number due. */
  passSmallMs: number;
  /** passLargeMs / passSmallMs: ≈ 1 when cost follows due clocks, not records (target ≤ 3). */
  ratio: number;
  seedLargeMs: number;
}

/**
 * Both figures of issue 3's benchmark: a pass over 1,000,000 clocks (990,000 closed, 10,000
 * open, 100 due) and the same pass over 10,000 clocks with the same 100 due. `openStore` gives
 * a fresh, empty store each call (e.g. SQLite in a temp file); both are closed afterwards.
 *
 * @example
 * const r = await benchSchedulerScale(() => openSqliteStore({ file: tmpFile() }), Date.now());
 * emit('scheduler_pass_1m_ms', r.passLargeMs); emit('scheduler_scale_ratio', r.ratio);
 */
export async function benchSchedulerScale(
  openStore: () => Store | Promise<Store>,
  now: number,
  sizes = { large: 1_000_000, small: 10_000, open: 10_000, due: 100 },
): Promise<ScaleResult> {
  const run = async (total: number, open: number) => {
    const store = await openStore();
    try {
      return await benchScheduler({ store, total, open, due: sizes.due, now });
    } finally {
      await store.close();
    }
  };
  // the small store keeps the large one's share of open clocks (1 %)
  const small = await run(sizes.small, Math.round((sizes.open * sizes.small) / sizes.large));
  const large = await run(sizes.large, sizes.open);
  return { passLargeMs: large.passMs, passSmallMs: small.passMs, ratio: large.passMs / small.passMs, seedLargeMs: large.seedMs };
}
