/**
 * The statute's days must not depend on the machine's zone. Jest's sandbox cannot change the
 * zone of its own process, so the domain code is bundled with esbuild and run in a fresh Node
 * process under TZ=America/New_York (behind UTC, where chinese-days' Date-based functions shift
 * days), and under Asia/Shanghai; both must answer what this process answers.
 */
import { execFileSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import path from 'node:path';
import { createCalendar } from '../../../src/domain/calendar';
import { statutoryDays } from '../../../src/domain/calendar/statute';
const STATUTORY_2027 = [
  ['2027-01-01', '元旦'], ['2027-02-05', '春节'], ['2027-02-06', '春节'], ['2027-02-07', '春节'], ['2027-02-08', '春节'],
  ['2027-04-05', '清明节'], ['2027-05-01', '劳动节'], ['2027-05-02', '劳动节'], ['2027-06-09', '端午节'], ['2027-09-15', '中秋节'],
  ['2027-10-01', '国庆节'], ['2027-10-02', '国庆节'], ['2027-10-03', '国庆节'],
];

const ENTRY = `
import { statutoryDays } from ${JSON.stringify(path.resolve(__dirname, '../../../src/domain/calendar/statute'))};
import { createCalendar } from ${JSON.stringify(path.resolve(__dirname, '../../../src/domain/calendar'))};
const cal = createCalendar();
const years = [2025, 2026, 2027, 2028, 2030];
process.stdout.write(JSON.stringify({
  utcMidnightDay: new Date(Date.UTC(2027, 0, 1)).getDate(),
  days: years.map((y) => statutoryDays(y)),
  working: ['2027-01-01', '2027-02-05', '2027-04-05', '2027-06-09', '2027-09-15', '2027-10-04'].map((d) => cal.isWorkingDay(d)),
  added: cal.addWorkingDays('2026-12-31', 1),
}));
`;

function runIn(tz: string): { utcMidnightDay: number; days: unknown; working: boolean[]; added: string } {
  const out = buildSync({ stdin: { contents: ENTRY, loader: 'ts', resolveDir: __dirname }, bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'silent' });
  const json = execFileSync(process.execPath, ['-'], { input: out.outputFiles[0].text, env: { ...process.env, TZ: tz } }).toString();
  return JSON.parse(json);
}

const here = {
  days: [2025, 2026, 2027, 2028, 2030].map((y) => statutoryDays(y)),
  working: ['2027-01-01', '2027-02-05', '2027-04-05', '2027-06-09', '2027-09-15', '2027-10-04'].map((d) => createCalendar().isWorkingDay(d)),
};

it('gives the same statutory days under TZ=America/New_York as here', () => {
  const ny = runIn('America/New_York');
  expect(ny.utcMidnightDay).toBe(31); // the zone really is behind UTC in that process
  expect(ny.days).toEqual(here.days);
  expect(ny.working).toEqual([false, false, false, false, false, true]);
  expect(ny.added).toBe('2027-01-04');
  expect((ny.days as { date: string; name: string }[][])[2].map((d) => [d.date, d.name])).toEqual(STATUTORY_2027);
});

it('gives the same statutory days under TZ=Asia/Shanghai as here', () => {
  const cn = runIn('Asia/Shanghai');
  expect(cn.utcMidnightDay).toBe(1);
  expect(cn.days).toEqual(here.days);
  expect(cn.working).toEqual(here.working);
});
