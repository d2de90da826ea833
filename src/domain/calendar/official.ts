/**
 * The State Council holiday notices as published in `chinese-days` 1.5.7 (MIT).
 * Only its data table is read — never its Date-based functions, which misread days on machines
 * whose zone is behind UTC — so nothing here depends on the machine's time zone.
 */
import table from 'chinese-days/dist/chinese-days.json';

/** Package and version the table comes from; part of every calendar's `version`. */
export const OFFICIAL_DATA_VERSION = 'cd1.5.7';

interface Table {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const data = table as unknown as Table;

/** Chinese names by the table's English key; the table's own Chinese is used otherwise. */
const NAMES: Record<string, string> = {
  "New Year's Day": '元旦',
  'Spring Festival': '春节',
  'Tomb-sweeping Day': '清明节',
  'Labour Day': '劳动节',
  'Dragon Boat Festival': '端午节',
  'Mid-autumn Festival': '中秋节',
  'National Day': '国庆节',
};

/**
 * Chinese holiday name from a table entry such as "Mid-autumn Festival,中秋,1".
 * @example holidayNameOf('Tomb-sweeping Day,清明,1') // '清明节'
 */
export function holidayNameOf(entry: string): string {
  const [english, chinese] = entry.split(',');
  return NAMES[english] ?? chinese ?? english;
}

/** An official entry for one day: a day off, or an adjusted (调休) working day. */
export interface OfficialDay {
  kind: 'holiday' | 'adjustedWorkday';
  name: string;
}

/**
 * What the published notices say about a Beijing day, or undefined for an ordinary day.
 * @example officialDay('2025-10-11') // { kind: 'adjustedWorkday', name: '国庆节' }
 */
export function officialDay(ymd: string): OfficialDay | undefined {
  const work = data.workdays[ymd];
  if (work !== undefined) return { kind: 'adjustedWorkday', name: holidayNameOf(work) };
  const off = data.holidays[ymd];
  if (off !== undefined) return { kind: 'holiday', name: holidayNameOf(off) };
  return undefined;
}

/**
 * Years whose notice is in the table (each notice lists at least 元旦).
 * @example officialYears().includes(2026) // true
 */
export function officialYears(): number[] {
  const years = new Set(Object.keys(data.holidays).map((d) => +d.slice(0, 4)));
  return [...years].sort((a, b) => a - b);
}
