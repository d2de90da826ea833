import { AppError } from '../../core/errors';
import type { Ctx } from '../../core/define';
import { hasRole } from '../../core/access';
import { MAX_PAGE } from '../../ports/store';
import type { PersonRegister, StudyRegister, StudyReviewKind, StudyWritingKind } from '../../../shared/people';
import { asStaff } from '../../tickets/caller';
import type { AccountDoc, StudyEntryDoc, StudyPlanDoc, StudyRecordDoc, StudySessionDoc } from '../docs';
import { centralHeld, stationPeople } from './progress';
import { recordView } from './records';
import { sessionView } from './log';

const WRITINGS: readonly string[] = ['note', 'article'];

async function personPart(ctx: Ctx, year: number, person: AccountDoc): Promise<PersonRegister> {
  const [records, entries, plan] = await Promise.all([
    ctx.store.find<StudyRecordDoc>('studyRecords', { where: { staffId: person._id, year }, orderBy: [['date', 'asc']], limit: MAX_PAGE }),
    ctx.store.find<StudyEntryDoc>('studyEntries', { where: { year, staffId: person._id }, orderBy: [['date', 'asc']], limit: MAX_PAGE }),
    ctx.store.get<StudyPlanDoc>('studyPlans', `plan:${year}:${person._id}`),
  ]);
  const sum = (kind: string) => records.filter((r) => r.kind === kind).reduce((s, r) => s + r.hours, 0);
  return {
    staffId: person._id, name: person.name, plan: plan?.text ?? null,
    records: records.map(recordView),
    writings: entries.filter((e) => WRITINGS.includes(e.kind)).map((e) => ({ kind: e.kind as StudyWritingKind, date: e.date, title: e.title ?? '', text: e.text, photoIds: e.photoIds ?? [] })),
    reviews: entries.filter((e) => !WRITINGS.includes(e.kind)).map((e) => ({ kind: e.kind as StudyReviewKind, date: e.date, text: e.text, by: e.by.name })),
    totals: { group: sum('group'), self: sum('self'), central: sum('central') },
  };
}

/**
 * `studyRegister`: the yearly study register (学习登记, rule 十(三)5 有记录、有检查) — each
 * person's plan, records, notes and articles, checks and praise/criticism. Yourself; the director
 * and the admin anyone, and without `staffId` the whole station with its arrangements and sessions.
 * @example await studyRegister(ctx, { year: 2026 }) // { year: 2026, people: [...], arrangements: [...], sessions: [...], centralHeld: true }
 */
export async function studyRegister(ctx: Ctx, input: { year: number; staffId?: string }): Promise<StudyRegister> {
  const me = asStaff(ctx.actor);
  const all = hasRole(ctx.actor, 'director') || hasRole(ctx.actor, 'admin');
  if (input.staffId && input.staffId !== me.staffId && !all) throw new AppError('FORBIDDEN', '只能查看自己的学习登记；主任和平台管理人员可以查看所有人');
  const wholeStation = all && !input.staffId;
  let people: AccountDoc[];
  if (wholeStation) people = await stationPeople(ctx.store);
  else {
    const doc = await ctx.store.get<AccountDoc>('staff', input.staffId ?? me.staffId);
    if (!doc) throw new AppError('NOT_FOUND', '没有找到这位工作人员，请刷新后再试', 'staffId');
    people = [doc];
  }
  const register: StudyRegister = {
    year: input.year,
    people: await Promise.all(people.map((p) => personPart(ctx, input.year, p))),
    centralHeld: await centralHeld(ctx.store, input.year),
  };
  if (wholeStation) {
    const [arr, sessions] = await Promise.all([
      ctx.store.get<StudyPlanDoc>('studyPlans', `arrangements:${input.year}`),
      ctx.store.find<StudySessionDoc>('studySessions', { where: { year: input.year }, orderBy: [['date', 'asc']], limit: MAX_PAGE }),
    ]);
    register.arrangements = arr?.items ?? [];
    register.sessions = sessions.map(sessionView);
  }
  return register;
}
