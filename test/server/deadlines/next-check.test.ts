import { dueCheckAt, nextCheckAtOf } from '../../../src/server/deadlines/next-check';

const base = { state: 'running' as const, warnAt: 100, dueAt: 200, warnedAt: null, overdueAt: null };

describe('nextCheckAtOf', () => {
  it('is the warning time until the warning is given, then the due time, then nothing', () => {
    expect(nextCheckAtOf(base)).toBe(100);
    expect(nextCheckAtOf({ ...base, warnedAt: 100 })).toBe(200);
    expect(nextCheckAtOf({ ...base, warnedAt: 100, overdueAt: 200 })).toBeNull();
  });

  it('is null for a paused or stopped clock whatever its times', () => {
    expect(nextCheckAtOf({ ...base, state: 'paused' })).toBeNull();
    expect(nextCheckAtOf({ ...base, state: 'stopped' })).toBeNull();
  });

  it('is the due time when the clock has no warning', () => {
    expect(nextCheckAtOf({ ...base, warnAt: null })).toBe(200);
  });
});

describe('dueCheckAt', () => {
  it('answers nothing before the warning time', () => {
    expect(dueCheckAt(base, 99)).toBeNull();
  });

  it('warns between the warning and the due time', () => {
    expect(dueCheckAt(base, 100)).toBe('warn');
    expect(dueCheckAt({ ...base, warnedAt: 100 }, 150)).toBeNull();
  });

  it('answers overdue at the due time, even when the warning was never given', () => {
    expect(dueCheckAt({ ...base, warnedAt: 100 }, 200)).toBe('overdue');
    expect(dueCheckAt(base, 250)).toBe('overdue');
    expect(dueCheckAt({ ...base, warnedAt: 100, overdueAt: 200 }, 300)).toBeNull();
  });

  it('answers nothing for a paused clock', () => {
    expect(dueCheckAt({ ...base, state: 'paused' }, 300)).toBeNull();
  });
});
