import type { SqliteStore } from '../../../src/server/store/sqlite';
import type { RatingLevel } from '../../../src/shared/ratings';
import { TICKET_TYPES, type TicketType } from '../../../src/shared/tickets';
import { applyDelta, emptyTally, type Tally } from '../../../src/domain/ratings/tally';
import { drawMonth } from '../../../src/server/callbacks/sampling';
import { monthlyTable } from '../../../src/server/callbacks/table';
import { poolId, type CallbackTaskDoc, type RatingRequestDoc, type TallyDoc } from '../../../src/server/ratings/docs';

export interface BenchRatingsResult {
  seedMs: number;
  samplingMs: number;
  tableMs: number;
  populationSize: number;
  drawn: number;
  tableCompleted: number;
  mandatoryMissing: number;
}

const STAFF = Array.from({ length: 8 }, (_, i) => ({ staffId: `staff:bench-${i}`, name: `示例·工作人员${i + 1}` }));
const TYPES: TicketType[] = ['consultation', 'legalAid', 'mediation', 'guidance', 'complaint', 'suggestion'];
const CHANNELS = ['phone', 'online']; // worst case: every ticket is in the sampling population
const LEVELS: Array<RatingLevel | null> = ['satisfied', 'satisfied', 'satisfied', 'satisfied', 'satisfied', 'satisfied', 'basic', 'unsatisfied', null, null];

/**
 * Issue 6's benchmark: seeds `total` tickets completed in one month (their rating requests,
 * sampling pool entries, the running tallies a completion/rating/callback would have written,
 * and a callback task for every 基本满意/不满意, some still open), then times the month's draw
 * over them (`samplingMs`) and the monthly table (`tableMs`).
 *
 * @example await benchRatings({ store: openSqliteStore({ file }), total: 1_000_000, now })
 */
export async function benchRatings(input: { store: SqliteStore; total: number; now: number; month?: string }): Promise<BenchRatingsResult> {
  const { store, total, now } = input;
  const month = input.month ?? '2026-10';
  const start = Date.parse(`${month}-01T09:00:00+08:00`);
  const seedStart = performance.now();
  const tallies = new Map<string, TallyDoc>();
  const bump = (staff: (typeof STAFF)[number], type: TicketType, delta: Parameters<typeof applyDelta>[1]) => {
    const id = `tally:${month}:${staff.staffId}:${type}`;
    const t = tallies.get(id) ?? { _id: id, month, staffId: staff.staffId, staffName: staff.name, typeKey: type, typeLabel: TICKET_TYPES[type], ...emptyTally() };
    const { _id, month: m, staffId, staffName, typeKey, typeLabel, ...tally } = t;
    tallies.set(id, { _id, month: m, staffId, staffName, typeKey, typeLabel, ...applyDelta(tally as Tally, delta) });
  };
  const BATCH = 20_000;
  for (let from = 0; from < total; from += BATCH) {
    const reqs: RatingRequestDoc[] = [];
    const pool: Array<{ _id: string }> = [];
    const tasks: CallbackTaskDoc[] = [];
    for (let i = from; i < Math.min(total, from + BATCH); i++) {
      const id = `tk_${i.toString(16).padStart(24, '0')}`;
      const staff = STAFF[i % STAFF.length];
      const type = TYPES[i % TYPES.length];
      const channel = CHANNELS[i % CHANNELS.length];
      const eligible = channel === 'phone' || channel === 'online';
      const level = LEVELS[(i * 7) % LEVELS.length];
      const completedAt = start + (i % 20) * 86_400_000 + (i % 3600) * 1000;
      const subject = { type: 'ticket' as const, id };
      reqs.push({
        _id: `rr:ticket:${id}`, subject, subjectKey: `ticket:${id}`, title: TICKET_TYPES[type], typeKey: type, typeLabel: TICKET_TYPES[type],
        channel, staff, ownerOpenid: channel === 'online' ? `o-${i}` : null, contact: {}, completedAt, month, sampleMonth: eligible ? month : null,
        major: false, state: level ? 'rated' : 'awaiting', remindAt: null, remindedAt: null, ratingId: level ? `rating:ticket:${id}` : null,
      });
      if (eligible) pool.push({ _id: poolId(month, id) });
      bump(staff, type, { completed: 1, eligible: eligible ? 1 : 0, ...(level ? { rating: { level, source: channel === 'online' ? 'miniProgram' : 'phone' } } : {}) });
      if (level === 'basic' || level === 'unsatisfied') {
        const open = i % 97 === 0;
        const dueAt = completedAt + 7 * 86_400_000;
        tasks.push({
          _id: `cb:ticket:${id}`, subject, subjectKey: `ticket:${id}`, title: TICKET_TYPES[type], typeKey: type, typeLabel: TICKET_TYPES[type], month, staff,
          reasons: ['rating'], mandatory: true, status: open ? 'open' : 'done', rating: { level, comment: null, source: 'phone' }, createdAt: completedAt,
          dueAt, clockId: `callback:cb:ticket:${id}:callback.due`, attempts: [], record: null, doneAt: open ? null : completedAt + 86_400_000, updatedAt: completedAt,
        });
        bump(staff, type, { callbacksDue: 1, mandatoryDue: 1, ...(open ? {} : { callbacksDone: 1, mandatoryDone: 1 }) });
      }
    }
    await store.insertMany('ratingRequests', reqs);
    await store.insertMany('samplePool', pool);
    await store.insertMany('callbackTasks', tasks);
  }
  await store.insertMany('ratingTallies', [...tallies.values()]);
  const seedMs = performance.now() - seedStart;

  let t = performance.now();
  const draw = await drawMonth(store, month, now, 20261101);
  const samplingMs = performance.now() - t;
  t = performance.now();
  const table = await monthlyTable(store, month, now);
  const tableMs = performance.now() - t;
  return {
    seedMs, samplingMs, tableMs, populationSize: draw.populationSize, drawn: draw.chosenIds.length,
    tableCompleted: table.totals.completed, mandatoryMissing: table.mandatory.missingCount,
  };
}
