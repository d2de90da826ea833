/**
 * Minute ranges within one day, half-open [from, to): the small algebra slots are built from
 * (office sessions, minus lunch, minus absences, split into slots), in the style of Cal.com's
 * date ranges. Minutes count from Beijing midnight, so nothing here depends on a time zone.
 */
import { parseHm } from './beijing';

export interface MinuteRange {
  from: number;
  to: number;
}

/**
 * 'HH:mm' written back from minutes after midnight.
 * @example hm(810) // '13:30'
 */
export function hm(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/**
 * A range from two 'HH:mm' times. Throws RangeError when it is empty or reversed.
 * @example rangeOf('09:00', '12:00') // { from: 540, to: 720 }
 */
export function rangeOf(from: string, to: string): MinuteRange {
  const r = { from: parseHm(from), to: parseHm(to) };
  if (r.to <= r.from) throw new RangeError(`empty range ${from}–${to}`);
  return r;
}

/**
 * Whether two ranges share at least one minute (touching ends do not overlap).
 * @example overlaps({ from: 540, to: 570 }, { from: 570, to: 600 }) // false
 */
export function overlaps(a: MinuteRange, b: MinuteRange): boolean {
  return a.from < b.to && b.from < a.to;
}

/**
 * The common part of two ranges, or null.
 * @example intersect({ from: 540, to: 720 }, { from: 600, to: 900 }) // { from: 600, to: 720 }
 */
export function intersect(a: MinuteRange, b: MinuteRange): MinuteRange | null {
  const r = { from: Math.max(a.from, b.from), to: Math.min(a.to, b.to) };
  return r.from < r.to ? r : null;
}

/**
 * What is left of each range once `cut` is taken out (0, 1 or 2 pieces per range), in order.
 * @example subtract([{ from: 540, to: 1020 }], { from: 720, to: 810 }) // [{ from: 540, to: 720 }, { from: 810, to: 1020 }]
 */
export function subtract(ranges: MinuteRange[], cut: MinuteRange): MinuteRange[] {
  const out: MinuteRange[] = [];
  for (const r of ranges) {
    if (!overlaps(r, cut)) {
      out.push(r);
      continue;
    }
    if (r.from < cut.from) out.push({ from: r.from, to: cut.from });
    if (cut.to < r.to) out.push({ from: cut.to, to: r.to });
  }
  return out;
}

/**
 * Cuts each range into consecutive pieces of `length` minutes from its start; a remainder too
 * short for a whole piece is dropped.
 * @example split([{ from: 540, to: 630 }], 30) // [540–570, 570–600, 600–630]
 */
export function split(ranges: MinuteRange[], length: number): MinuteRange[] {
  if (!(length > 0)) throw new RangeError('length must be positive');
  const out: MinuteRange[] = [];
  for (const r of ranges) for (let t = r.from; t + length <= r.to; t += length) out.push({ from: t, to: t + length });
  return out;
}
