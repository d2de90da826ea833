import type { Ctx } from '../../core/define';
import { hasRole } from '../../core/access';
import { MAX_PAGE, type Store } from '../../ports/store';
import { toBeijingDate } from '../../../domain/beijing';
import { expectedHours, isBehind, REQUIRED_GROUP_HOURS } from '../../../domain/people';
import { STATION_ROLES } from '../../../shared/roles';
import type { StudyProgress, StudyProgressItem } from '../../../shared/people';
import { asStaff } from '../../tickets/caller';
import type { AccountDoc, StudyTotalDoc } from '../docs';

/**
 * The day a year's pace is measured at: today in the current year, the last day of a year gone
 * by, the first day of a year to come.
 * @example paceDate(2025, '2026-11-26') // '2025-12-31'
 */
export function paceDate(year: number, today: string): string {
  const y = Number(today.slice(0, 4));
  if (year < y) return `${year}-12-31`;
  if (year > y) return `${year}-01-01`;
  return today;
}

/** Active people of the station (the ones rule 十's 30 hours is for). */
export async function stationPeople(store: Store): Promise<AccountDoc[]> {
  const docs = await store.find<AccountDoc>('staff', { where: { active: true }, orderBy: [['order', 'asc']], limit: MAX_PAGE });
  return docs.filter((d) => d.roles.some((r) => STATION_ROLES.includes(r)));
}

/**
 * Each person's group hours of `year` from the stored totals (one read for everyone), measured
 * against the even pace at `date`.
 * @example await progressItems(store, 2026, '2026-11-26', people) // [{ staffId, name, groupHours: 12, requiredHours: 30, behind: true }]
 */
export async function progressItems(store: Store, year: number, date: string, people: AccountDoc[]): Promise<StudyProgressItem[]> {
  const totals = await store.find<StudyTotalDoc>('studyTotals', { where: { year }, limit: MAX_PAGE });
  const byStaff = new Map(totals.map((t) => [t.staffId, t]));
  const expected = Math.min(expectedHours(year, date), REQUIRED_GROUP_HOURS);
  return people.map((p) => {
    const t = byStaff.get(p._id);
    const groupHours = (t?.group ?? 0) + (t?.central ?? 0);
    return {
      staffId: p._id, name: p.name, groupHours, selfHours: t?.self ?? 0, requiredHours: REQUIRED_GROUP_HOURS,
      expectedHours: expected, behind: isBehind(year, date, groupHours),
    };
  });
}

/**
 * Whether the year's 集中业务培训 has been recorded (a session, or someone's record of it).
 * @example await centralHeld(store, 2026) // false
 */
export async function centralHeld(store: Store, year: number): Promise<boolean> {
  const [sessions, records] = await Promise.all([
    store.count('studySessions', { year, kind: 'central' }),
    store.count('studyRecords', { year, kind: 'central' }),
  ]);
  return sessions + records > 0;
}

/**
 * `studyProgress`: the director and the admin see everyone and the station; others themselves.
 * @example await studyProgress(ctx, { year: 2026 }) // { year: 2026, items: [...], station: { groupHours, requiredHours, behindCount }, centralHeld }
 */
export async function studyProgress(ctx: Ctx, input: { year: number }): Promise<StudyProgress> {
  const me = asStaff(ctx.actor);
  const all = hasRole(ctx.actor, 'director') || hasRole(ctx.actor, 'admin');
  const everyone = await stationPeople(ctx.store);
  const people = all ? everyone : everyone.filter((p) => p._id === me.staffId);
  const items = await progressItems(ctx.store, input.year, paceDate(input.year, toBeijingDate(ctx.now)), people);
  const out: StudyProgress = { year: input.year, items, centralHeld: await centralHeld(ctx.store, input.year) };
  if (all) {
    out.station = {
      groupHours: items.reduce((s, i) => s + i.groupHours, 0),
      requiredHours: REQUIRED_GROUP_HOURS * items.length,
      behindCount: items.filter((i) => i.behind).length,
    };
  }
  return out;
}
