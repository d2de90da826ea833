import { toCronerPattern } from '../../../src/server/runtime/cron';

describe('toCronerPattern', () => {
  it('drops the year field of a 7-field CloudBase cron', () => {
    expect(toCronerPattern('0 0 17 * * MON-FRI *')).toBe('0 0 17 * * MON-FRI');
    expect(toCronerPattern(' 0  */5 * * * * * ')).toBe('0 */5 * * * *');
  });

  it('refuses a cron that is not 7 fields', () => {
    expect(() => toCronerPattern('0 17 * * *')).toThrow(/7 fields/);
  });

  it('refuses a cron pinned to a year, which croner could not honour', () => {
    expect(() => toCronerPattern('0 0 9 1 1 * 2026')).toThrow(/year/);
  });
});
