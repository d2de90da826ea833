import { randomInt } from 'node:crypto';
import { MAX_PAGE, type Store } from '../ports/store';
import { SAMPLE_RATE } from '../../shared/ratings';
import { drawSample } from '../../domain/ratings/sample';
import { createOnce } from '../outbox/create-once';
import { appendAudit, auditEvent } from '../content/audit';
import { drawDocId, requestDocId, type RatingRequestDoc, type SampleDrawDoc } from '../ratings/docs';
import { prepareCompletion } from '../ratings/request';
import { openCallback } from './open';

/**
 * The month's sampling population: ids of hotline/online tickets completed in it, sorted, read
 * a page (≤ 1000) at a time by primary-key range over `samplePool` (`<month>|<ticketId>`, empty
 * documents), so 1,000,000 ids cost 1,000 cheap index reads.
 *
 * @example await readPopulation(store, '2026-10') // ['tk_a', 'tk_b', …]
 */
export async function readPopulation(store: Store, month: string): Promise<string[]> {
  const ids: string[] = [];
  const prefix = `${month}|`;
  let from = prefix;
  for (;;) {
    const page = await store.find('samplePool', { where: { _id: { $gt: from, $lt: `${month}|\uffff` } }, orderBy: [['_id', 'asc']], limit: MAX_PAGE });
    for (const d of page) ids.push(d._id.slice(prefix.length));
    if (page.length < MAX_PAGE) return ids;
    from = page[page.length - 1]._id;
  }
}

/**
 * The draw of `month` (rule 十二(五)), made once: ⌈5 %⌉ (at least one) of the population drawn
 * with a random seed (mulberry32 + partial Fisher–Yates), stored as `sample:<month>` with the
 * seed, the population size and the chosen ids. A second call — or a concurrent one — answers
 * the stored draw: the same set, never a second draw.
 *
 * @example await drawMonth(store, '2026-10', now) // { populationSize: 412, chosenIds: [21 ids], seed: 2964132711, … }
 */
export async function drawMonth(store: Store, month: string, now: number, seed: number = randomInt(0, 2 ** 32 - 1)): Promise<SampleDrawDoc> {
  const id = drawDocId(month);
  const stored = await store.get<SampleDrawDoc>('sampleDraws', id);
  if (stored) return stored;
  const population = await readPopulation(store, month);
  const draw = drawSample(population, SAMPLE_RATE, seed);
  const doc: SampleDrawDoc = { _id: id, month, ...draw, drawnAt: now, tasksCreated: 0 };
  return store.transaction(async (tx) => {
    if (!(await createOnce(tx, 'sampleDraws', doc))) return (await tx.get<SampleDrawDoc>('sampleDraws', id))!;
    await appendAudit(tx, auditEvent({
      at: now, actor: { kind: 'system' }, subject: id, action: 'sample.draw',
      to: { seed: doc.seed, populationSize: doc.populationSize, chosen: doc.chosenIds.length, rate: doc.rate },
    }));
    return doc;
  });
}

/** Callback tasks a scheduler tick creates at most for a draw. */
export const SAMPLE_TASK_BATCH = 200;

/**
 * Creates the next batch of the draw's callback tasks (reason 'sample'; an item that already has
 * a task gains the reason), each with its clock, then moves the draw's `tasksCreated` on. Safe
 * to repeat: a task that has the reason already is left as it is. True when all are created.
 *
 * @example await createSampleTasks(store, '2026-10', now) // true
 */
export async function createSampleTasks(store: Store, month: string, now: number, batch = SAMPLE_TASK_BATCH): Promise<boolean> {
  const draw = await store.get<SampleDrawDoc>('sampleDraws', drawDocId(month));
  if (!draw) return false;
  if (draw.tasksCreated >= draw.chosenIds.length) return true;
  const completion = await prepareCompletion(store);
  const end = Math.min(draw.chosenIds.length, draw.tasksCreated + batch);
  for (const ticketId of draw.chosenIds.slice(draw.tasksCreated, end)) {
    await store.transaction(async (tx) => {
      const req = await tx.get<RatingRequestDoc>('ratingRequests', requestDocId({ type: 'ticket', id: ticketId }));
      if (req) await openCallback(tx, req, { reasons: ['sample'], now, ...completion });
    });
  }
  await store.transaction(async (tx) => {
    const current = await tx.get<SampleDrawDoc>('sampleDraws', draw._id);
    if (current && current.tasksCreated < end) await tx.update('sampleDraws', draw._id, { tasksCreated: end });
  });
  return end >= draw.chosenIds.length;
}
