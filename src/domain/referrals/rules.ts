/**
 * The rules a referral must meet when it is made (rule 七(二)(三)): the three elements and the
 * lead unit. Pure: answers the first problem as a field and a message, or null.
 */
import { isYmd } from '../beijing';

export interface ReferralDraft {
  content: string;
  dueDate: string;
  requirements: string;
  units: { unitId: string; lead: boolean }[];
}

export interface DraftProblem {
  field: 'content' | 'dueDate' | 'requirements' | 'units';
  message: string;
}

/**
 * The three elements (三要素, rule 七(二)): 内容 (what to do), 时限 (by when: a Beijing day
 * not before `today`), 要求 (quality, points of attention) — none may be empty.
 * @example threeElementsProblem({ content: '', dueDate: '2026-12-10', requirements: '…', units: [] }, '2026-11-26') // { field: 'content', … }
 */
export function threeElementsProblem(d: ReferralDraft, today: string): DraftProblem | null {
  if (!d.content.trim()) return { field: 'content', message: '请填写交办内容（办什么事）' };
  if (!isYmd(d.dueDate)) return { field: 'dueDate', message: '请选择办理时限（什么时间完成）' };
  if (d.dueDate < today) return { field: 'dueDate', message: '办理时限不能早于今天' };
  if (!d.requirements.trim()) return { field: 'requirements', message: '请填写办理要求（完成质量、注意事项）' };
  return null;
}

/**
 * The lead-unit rule (rule 七(三)2): a referral goes to at least one unit, each once; with
 * several, exactly one is the lead (主要部门) that sees it through; with one, that one is the lead.
 * @example leadProblem([{ unitId: 'a', lead: false }, { unitId: 'b', lead: false }]) // { field: 'units', message: '交办给多个单位时，请指定一个牵头单位' }
 * @example leadProblem([{ unitId: 'a', lead: false }]) // null — the only unit leads
 */
export function leadProblem(units: { unitId: string; lead: boolean }[]): DraftProblem | null {
  if (units.length === 0) return { field: 'units', message: '请选择承办单位' };
  if (new Set(units.map((u) => u.unitId)).size !== units.length) return { field: 'units', message: '同一个承办单位只能选一次' };
  if (units.length === 1) return null;
  const leads = units.filter((u) => u.lead).length;
  if (leads === 0) return { field: 'units', message: '交办给多个单位时，请指定一个牵头单位' };
  if (leads > 1) return { field: 'units', message: '牵头单位只能有一个' };
  return null;
}

/**
 * The units with the lead marked: the only unit leads, otherwise as chosen.
 * @example withLead([{ unitId: 'a', lead: false }]) // [{ unitId: 'a', lead: true }]
 */
export function withLead<T extends { unitId: string; lead: boolean }>(units: T[]): T[] {
  return units.length === 1 ? [{ ...units[0], lead: true }] : units;
}

/**
 * The first problem of a draft, or null.
 * @example draftProblem(draft, '2026-11-26') // null when the three elements and the lead are right
 */
export function draftProblem(d: ReferralDraft, today: string): DraftProblem | null {
  return threeElementsProblem(d, today) ?? leadProblem(d.units);
}

/**
 * A decline needs a written reason (rule 七(三)3: 书面告知原因).
 * @example declineProblem(false, '  ') // { field: 'reason', message: '不予受理请写明原因' }
 */
export function declineProblem(accept: boolean, reason: string | undefined): { field: 'reason'; message: string } | null {
  if (accept) return null;
  return reason && reason.trim() ? null : { field: 'reason', message: '不予受理请写明原因' };
}
