import { clockTransitions, nextClockState } from '../../../src/server/deadlines/transitions';

describe('clock transitions', () => {
  it('lets a running clock pause or stop, and a paused one resume or stop', () => {
    expect(nextClockState('running', 'pause')).toBe('paused');
    expect(nextClockState('running', 'stop')).toBe('stopped');
    expect(nextClockState('paused', 'resume')).toBe('running');
    expect(nextClockState('paused', 'stop')).toBe('stopped');
  });

  it('refuses resuming a running clock, pausing a paused one, and anything on a stopped one', () => {
    expect(nextClockState('running', 'resume')).toBeNull();
    expect(nextClockState('paused', 'pause')).toBeNull();
    for (const event of ['pause', 'resume', 'stop'] as const) expect(nextClockState('stopped', event)).toBeNull();
    expect(clockTransitions.stopped).toEqual({});
  });
});
