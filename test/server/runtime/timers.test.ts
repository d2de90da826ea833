import { scheduleTimers, type Schedule } from '../../../src/server/runtime/timers';
import { bareRuntime, recordingFunction } from './fake-function';

/** A schedule that records what was scheduled and lets the test fire ticks by hand. */
function fakeSchedule() {
  const jobs: Array<{ pattern: string; timezone: string; tick: () => Promise<void>; stopped: boolean }> = [];
  const schedule: Schedule = (pattern, timezone, tick) => {
    const job = { pattern, timezone, tick, stopped: false };
    jobs.push(job);
    return { stop: () => void (job.stopped = true) };
  };
  return { jobs, schedule };
}

describe('scheduleTimers', () => {
  it('schedules each timer on its 6-field pattern in Beijing time and skips functions without one', () => {
    const { fn } = recordingFunction({ cron: '0 */5 * * * * *', action: 'tick' });
    const { fn: plain } = recordingFunction();
    const fake = fakeSchedule();
    const handle = scheduleTimers([plain, fn], bareRuntime(), { schedule: fake.schedule });
    expect(fake.jobs.map((j) => [j.pattern, j.timezone])).toEqual([['0 */5 * * * *', 'Asia/Shanghai']]);
    expect(handle.scheduled).toEqual(['probe']);
  });

  it('runs the timer action as the system actor when the schedule fires', async () => {
    const { fn, calls } = recordingFunction({ cron: '0 0 17 * * * *', action: 'tick' });
    const fake = fakeSchedule();
    const results: unknown[] = [];
    scheduleTimers([fn], bareRuntime(), { schedule: fake.schedule, onResult: (_, r) => results.push(r) });
    await fake.jobs[0].tick();
    expect(calls).toEqual([{ action: 'tick', actor: { kind: 'system' } }]);
    expect(results).toEqual([{ ok: true, data: { ticked: Date.parse('2025-10-09T10:00:00+08:00') } }]);
  });

  it('runNow() runs each timer action once, as the system actor, without waiting for the schedule', async () => {
    const { fn, calls } = recordingFunction({ cron: '0 */5 * * * * *', action: 'tick' });
    const { fn: plain, calls: plainCalls } = recordingFunction();
    const handle = scheduleTimers([fn, plain], bareRuntime(), { schedule: fakeSchedule().schedule, onResult: () => undefined });
    await handle.runNow();
    expect(calls).toEqual([{ action: 'tick', actor: { kind: 'system' } }]);
    expect(plainCalls).toEqual([]);
  });

  it('stops every job on stop()', () => {
    const { fn } = recordingFunction({ cron: '0 0 17 * * * *', action: 'tick' });
    const fake = fakeSchedule();
    scheduleTimers([fn, fn], bareRuntime(), { schedule: fake.schedule }).stop();
    expect(fake.jobs.every((j) => j.stopped)).toBe(true);
  });

  it('reports a failing timer run instead of throwing', async () => {
    const { fn } = recordingFunction({ cron: '0 0 17 * * * *', action: 'missing' });
    const fake = fakeSchedule();
    const results: any[] = [];
    scheduleTimers([fn], bareRuntime(), { schedule: fake.schedule, onResult: (_, r) => results.push(r) });
    await fake.jobs[0].tick();
    expect(results[0]).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } });
  });

  it('refuses a function whose timer cron is not 7 fields', () => {
    const { fn } = recordingFunction({ cron: '0 17 * * *', action: 'tick' });
    expect(() => scheduleTimers([fn], bareRuntime(), { schedule: fakeSchedule().schedule })).toThrow(/7 fields/);
  });

  it('with the real croner schedule, computes the next run in Beijing time and stops cleanly', () => {
    const { fn } = recordingFunction({ cron: '0 0 17 * * * *', action: 'tick' });
    let next: Date | null = null;
    const handle = scheduleTimers([fn], bareRuntime(), {
      schedule: (pattern, timezone, tick) => {
        const { Cron } = require('croner');
        const job = new Cron(pattern, { timezone, paused: true }, tick);
        next = job.nextRun(new Date('2025-10-09T10:00:00+08:00'));
        return job;
      },
    });
    handle.stop();
    expect(next!.toISOString()).toBe('2025-10-09T09:00:00.000Z');
  });
});
