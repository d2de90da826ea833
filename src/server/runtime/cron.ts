/**
 * CloudBase timer triggers use a 7-field cron (`sec min hour day month weekday year`, Beijing
 * time); croner reads 6 fields (`sec min hour day month weekday`). The year field must be `*`:
 * a trigger pinned to a year would silently run every year in-process, so it is refused.
 *
 * @example
 * toCronerPattern('0 0 17 * * MON-FRI *') // '0 0 17 * * MON-FRI'
 */
export function toCronerPattern(cloudbaseCron: string): string {
  const fields = cloudbaseCron.trim().split(/\s+/);
  if (fields.length !== 7) {
    throw new Error(`timer cron must have 7 fields (sec min hour day month weekday year): "${cloudbaseCron}"`);
  }
  if (fields[6] !== '*') {
    throw new Error(`timer cron year field must be "*": "${cloudbaseCron}"`);
  }
  return fields.slice(0, 6).join(' ');
}

/** The time zone every timer runs in: CloudBase crons are Beijing time. */
export const TIMER_TIMEZONE = 'Asia/Shanghai';
