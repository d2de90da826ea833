import { systemClock, type Clock } from '../ports/clock';

/**
 * The embedded runtime's clock. Outside production, `STATION_NOW` (an ISO instant such as
 * `2026-10-05T10:00:00+08:00`) starts the clock at that instant and lets it run on from there —
 * how the browser tests and demos show a holiday or an overdue complaint. Production always uses
 * the wall clock, whatever the environment says.
 *
 * @example
 * clockFromEnv({ STATION_NOW: '2026-10-10T10:00:00+08:00' }, false, () => 0).now() // 1791597600000
 */
export function clockFromEnv(
  env: Record<string, string | undefined>,
  production: boolean,
  wall: () => number = Date.now,
): Clock {
  const start = env.STATION_NOW ? Date.parse(env.STATION_NOW) : NaN;
  if (production || Number.isNaN(start)) return systemClock;
  const startedAt = wall();
  return { now: () => start + (wall() - startedAt) };
}
