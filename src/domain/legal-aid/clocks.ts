import type { ClockRule, WarnBefore } from '../deadlines';
import { daysBetween, toBeijingDate } from '../beijing';
import { CLOCK_TITLES, MATERIALS_CLOCK, MATERIALS_CLOCK_TITLE, type ClockPurpose, type LegalAidEvent } from '../../shared/legal-aid';

/**
 * The time limits an application runs on:
 * - `sameDay` — green channel (rule 一(四)2, 五个当天) and 先行提供 (法律援助法 第44条): the
 *   four clocks accept, decide, assign and first aid all start at receipt and are due at 17:00
 *   of the day of application, or of the next working day when applied after 17:00 or on a day
 *   off ({ kind: 'sameWorkingDay' });
 * - `ordinary` — 第43条: decide within 7 days of receipt (calendar days, the day of receipt not
 *   counted, a last day off moved to the next working day), then assign within 3 days of the
 *   decision to grant.
 * Time spent supplying materials is not counted: the clocks pause (the engine moves them on).
 */
export type Track = 'sameDay' | 'ordinary';

export interface LegalAidClockSpec {
  purpose: ClockPurpose;
  title: string;
  rule: ClockRule;
  warnBefore: WarnBefore;
}

/** @example trackOf({ greenChannel: false, urgent: true }) // 'sameDay' */
export function trackOf(app: { greenChannel: boolean; urgent: boolean }): Track {
  return app.greenChannel || app.urgent ? 'sameDay' : 'ordinary';
}

const SAME_DAY: ClockRule = { kind: 'sameWorkingDay' };
const spec = (purpose: ClockPurpose, rule: ClockRule, warnBefore: WarnBefore): LegalAidClockSpec => ({ purpose, title: CLOCK_TITLES[purpose], rule, warnBefore });

/**
 * The clocks that start when an application is received.
 * @example clocksAtReceipt('sameDay').map((c) => c.purpose) // ['legalAid.accept', 'legalAid.decide', 'legalAid.assign', 'legalAid.firstAid']
 * @example clocksAtReceipt('ordinary')[0].rule // { kind: 'calendarDays', days: 7 }
 */
export function clocksAtReceipt(track: Track): LegalAidClockSpec[] {
  if (track === 'ordinary') return [spec('legalAid.decide', { kind: 'calendarDays', days: 7 }, { workingDays: 1 })];
  return (['legalAid.accept', 'legalAid.decide', 'legalAid.assign', 'legalAid.firstAid'] as const).map((p) => spec(p, SAME_DAY, { minutes: 120 }));
}

/**
 * The clocks that start when aid is granted: on the ordinary track, assign within 3 days.
 * @example clocksAtGrant('ordinary')[0].rule // { kind: 'calendarDays', days: 3 }
 * @example clocksAtGrant('sameDay') // []
 */
export function clocksAtGrant(track: Track): LegalAidClockSpec[] {
  return track === 'ordinary' ? [spec('legalAid.assign', { kind: 'calendarDays', days: 3 }, { workingDays: 1 })] : [];
}

/**
 * The clock of the materials an urgent application owes (先行提供, 第44条): the time the notice
 * gives, as the ordinary materials notice — calendar days from today to `dueDate`, due at its
 * closing time (a day off moves to the next working day, as every calendar-day clock does).
 * @example materialsClockSpec(Date.parse('2026-11-26T10:00:00+08:00'), '2026-12-03').rule // { kind: 'calendarDays', days: 7 }
 */
export function materialsClockSpec(now: number, dueDate: string): { purpose: string; title: string; rule: ClockRule; warnBefore: WarnBefore } {
  const days = Math.max(0, daysBetween(toBeijingDate(now), dueDate));
  return { purpose: MATERIALS_CLOCK, title: MATERIALS_CLOCK_TITLE, rule: { kind: 'calendarDays', days }, warnBefore: { workingDays: 1 } };
}

const ALL: ClockPurpose[] = ['legalAid.accept', 'legalAid.decide', 'legalAid.assign', 'legalAid.firstAid'];

/**
 * The clocks an event stops (those that are not running are left alone): each step stops its
 * own; a refusal, closing, termination or withdrawal stops every one. A progress entry stops
 * the first-aid clock only when it is a contact with the applicant (`firstContact`).
 *
 * @example clocksStoppedBy('accept') // ['legalAid.accept']
 * @example clocksStoppedBy('deny').length // 4
 */
export function clocksStoppedBy(event: LegalAidEvent, firstContact = false): ClockPurpose[] {
  switch (event) {
    case 'accept': return ['legalAid.accept'];
    case 'grant': return ['legalAid.accept', 'legalAid.decide'];
    case 'assign': return ['legalAid.accept', 'legalAid.decide', 'legalAid.assign'];
    case 'recordProgress': return firstContact ? ['legalAid.firstAid'] : [];
    case 'deny': case 'close': case 'terminate': case 'withdraw': case 'lapse': return [...ALL];
    default: return [];
  }
}

/**
 * Whether an event pauses (or resumes) the running clocks: a materials notice on an ordinary
 * or green application pauses them until the materials come; on an urgent one the aid goes on.
 * @example clockEffectOf('requestMaterials') // 'pause'
 * @example clockEffectOf('supplyMaterials') // 'resume'
 */
export function clockEffectOf(event: LegalAidEvent): 'pause' | 'resume' | 'none' {
  if (event === 'requestMaterials') return 'pause';
  if (event === 'supplyMaterials') return 'resume';
  return 'none';
}
