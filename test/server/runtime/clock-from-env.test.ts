import { clockFromEnv } from '../../../src/server/runtime/clock-from-env';
import { systemClock } from '../../../src/server/ports/clock';

describe('clockFromEnv', () => {
  it('starts at STATION_NOW and runs on with the wall clock', () => {
    let wall = 5_000;
    const clock = clockFromEnv({ STATION_NOW: '2026-10-10T10:00:00+08:00' }, false, () => wall);
    expect(clock.now()).toBe(Date.parse('2026-10-10T02:00:00Z'));
    wall += 60_000;
    expect(clock.now()).toBe(Date.parse('2026-10-10T02:01:00Z'));
  });

  it('ignores STATION_NOW in production', () => {
    expect(clockFromEnv({ STATION_NOW: '2026-10-10T10:00:00+08:00' }, true)).toBe(systemClock);
  });

  it('uses the wall clock when STATION_NOW is absent or not a date', () => {
    expect(clockFromEnv({}, false)).toBe(systemClock);
    expect(clockFromEnv({ STATION_NOW: 'yesterday' }, false)).toBe(systemClock);
  });
});
