import { as, createTestRuntime, snapshot, type TestRuntime } from '../../support/runtime';
import { at, call, closedOnline, closedPhone, data, rid, ticketSubject } from './helpers';

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime();
});
afterEach(() => runtime.store.close());

describe('a double tap on ratings and callbacks does nothing twice', () => {
  it('adds a follow-up comment once for the same request, and once for the same text', async () => {
    const id = await closedOnline(runtime);
    const { rating } = data(await call(runtime, 'rate', { subject: ticketSubject(id), level: 'basic', requestId: rid() }, as.resident));
    const input = { ratingId: rating.id, text: '后来又电话解释清楚了', requestId: 'tap-comment-1' };
    const first = data(await call(runtime, 'addComment', input, as.resident));
    const before = await snapshot(runtime.store);
    expect(data(await call(runtime, 'addComment', input, as.resident))).toEqual(first);
    expect(data(await call(runtime, 'addComment', { ratingId: rating.id, text: '后来又电话解释清楚了' }, as.resident))).toEqual(first);
    expect(await snapshot(runtime.store)).toEqual(before);
    expect(first.rating.followUps).toHaveLength(1);
  });

  it('records one unreachable attempt for a double tap, with or without a request id, and a later real retry', async () => {
    const id = await closedPhone(runtime);
    const { callbackTaskId } = data(await call(runtime, 'recordRating', { subject: ticketSubject(id), level: 'unsatisfied', source: 'phone' }, as.staff));
    const attempt = { taskId: callbackTaskId, method: 'phone', reached: false, note: '无人接听' };
    const first = data(await call(runtime, 'recordCallback', { ...attempt, requestId: 'tap-callback-1' }, as.staff));
    expect(data(await call(runtime, 'recordCallback', { ...attempt, requestId: 'tap-callback-1' }, as.staff))).toEqual(first);
    expect(data(await call(runtime, 'recordCallback', attempt, as.staff)).task.attempts).toHaveLength(1);
    const later = at(runtime, runtime.clock.now() + 2 * 3600_000);
    expect(data(await call(later, 'recordCallback', attempt, as.staff)).task.attempts).toHaveLength(2);
  });

  it('answers a repeated "reached" entry with the done task instead of an error, and counts it once', async () => {
    const id = await closedPhone(runtime);
    const { callbackTaskId } = data(await call(runtime, 'recordRating', { subject: ticketSubject(id), level: 'unsatisfied', source: 'phone' }, as.staff));
    const entry = { taskId: callbackTaskId, method: 'phone', reached: true, progress: '已办结', staffView: '态度好', opinions: '无', satisfiedNow: true, requestId: 'tap-callback-2' };
    const first = data(await call(runtime, 'recordCallback', entry, as.staff));
    const before = await snapshot(runtime.store);
    expect(data(await call(runtime, 'recordCallback', entry, as.staff))).toEqual(first);
    expect(await snapshot(runtime.store)).toEqual(before);
  });
});
