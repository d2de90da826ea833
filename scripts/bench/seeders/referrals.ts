/**
 * Benchmark support for `npm run bench` (issue 13): a store holding 1,000,000 referrals — each
 * with its answer clock, almost all answered (clock stopped, `nextCheckAt` null) — of which 100
 * have an answer window running out now, and one scheduler pass timed over it. Reported as
 * `referral_pass_1m_ms` next to `scheduler_pass_1m_ms`.
 */
import type { Doc, Store } from '../../../src/server/ports/store';
import type { ClockDoc } from '../../../src/server/deadlines/clock-doc';
import type { ReferralDoc } from '../../../src/server/referrals/types';
import { runClockPass, type ClockPassSummary } from '../../../src/server/scheduler/clock-pass';

const BATCH = 20_000;
const DAY = 86_400_000;

function referralDoc(id: string, open: boolean, at: number): ReferralDoc {
  return {
    _id: id, kind: 'referral', ticketId: `tk_${id}`, status: open ? 'sent' : 'closed', open, content: '请核实并调处', dueDate: '2026-12-10', dueAt: at + 10 * DAY,
    requirements: '按时反馈', units: [{ unitId: 'unit:court', name: '县人民法院西山法庭', kind: 'external', phone: '0791-00000005', lead: true, state: open ? 'sent' : 'accepted', receivedAt: at, acceptBy: at + 3 * DAY, round: 1, answer: null }],
    unitIds: ['unit:court'], round: 1, createdAt: at, createdBy: { staffId: 'staff:bench-clerk', name: '示例·张某' }, result: null, guidance: null, residentMessage: null,
    notes: [], handledRequests: {}, updatedAt: at,
  };
}

function answerClock(referralId: string, running: boolean, dueAt: number, nextCheckAt: number | null): ClockDoc {
  const purpose = 'referral.answer.1.unit:court';
  return {
    _id: `referral:${referralId}:${purpose}`, subject: `referral:${referralId}`, subjectType: 'referral', subjectId: referralId, purpose, title: '交办受理答复（县人民法院西山法庭）',
    rule: { kind: 'calendarDays', days: 3 }, warnBefore: { workingDays: 1 }, state: running ? 'running' : 'stopped', startedAt: dueAt - 3 * DAY, pauses: [],
    dueAt, warnAt: dueAt - DAY, provisional: false, calendarVersion: 'bench', warnedAt: dueAt - DAY, overdueAt: null, nextCheckAt,
    responsibleStaffId: 'staff:bench-clerk', createdAt: dueAt - 3 * DAY, updatedAt: dueAt - 3 * DAY,
  };
}

async function insertAll(store: Store, collection: string, docs: Doc[]): Promise<void> {
  const bulk = (store as Store & { insertMany?: (c: string, d: Doc[]) => Promise<void> }).insertMany;
  if (bulk) return bulk.call(store, collection, docs);
  await store.transaction(async (tx) => {
    for (const d of docs) await tx.put(collection, d);
  });
}

export interface BenchReferralsResult {
  seedMs: number;
  passMs: number;
  summary: ClockPassSummary;
}

/**
 * Seeds `total` referrals (`due` of them with an answer window ending just before `now`, the
 * rest answered long ago) with their clocks, then times one scheduler pass.
 * @example await benchReferralPass(openSqliteStore({ file: '/tmp/r.db' }), Date.now()) // { passMs: 80, summary: { due: 100, overdue: 100, … } }
 */
export async function benchReferralPass(store: Store, now: number, total = 1_000_000, due = 100): Promise<BenchReferralsResult> {
  const t0 = performance.now();
  await insertAll(store, 'staff', [
    { _id: 'staff:bench-clerk', openid: 'o-bench-clerk', name: '示例·张某', roles: ['staff'], active: true, order: 1 },
    { _id: 'staff:bench-director', openid: 'o-bench-director', name: '示例·刘某', roles: ['staff', 'director'], active: true, order: 2 },
  ]);
  for (let from = 0; from < total; from += BATCH) {
    const refs: ReferralDoc[] = [];
    const clocks: ClockDoc[] = [];
    for (let i = from; i < Math.min(total, from + BATCH); i++) {
      const isDue = i >= total - due;
      const id = `rf_bench${i}`;
      const at = isDue ? now - 3 * DAY - 1 : now - 60 * DAY + (i % 1000);
      refs.push(referralDoc(id, isDue, at));
      clocks.push(answerClock(id, isDue, isDue ? now - 1 : at + 3 * DAY, isDue ? now - 1 - (i % due) : null));
    }
    await insertAll(store, 'referrals', refs);
    await insertAll(store, 'clocks', clocks);
  }
  const seedMs = performance.now() - t0;
  const t = performance.now();
  const summary = await runClockPass(store, now);
  return { seedMs, passMs: performance.now() - t, summary };
}
