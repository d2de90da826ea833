import { homeVisitEligibility } from '../../domain/eligibility';
import { phoneProblem } from '../../domain/phone';
import type { HomeVisitBasis } from '../../shared/appointments';
import { required, type FieldProblem } from '../../components/form/field-errors';
import { parseBirthDate } from './birth-date';
import type { ForWhomDraft } from './components/ForWhomFields';

/** The family member's fields, all problems at once, with the labels on the page. */
export function forWhomProblems(who: ForWhomDraft): FieldProblem[] {
  if (!who.on) return [];
  const phone = phoneProblem('家人的电话', who.phone, { required: true });
  return [
    ...required([['forWhom.name', '家人姓名', who.name], ['forWhom.relation', '家人是您的', who.relation]]),
    ...(phone ? [{ field: 'forWhom.phone', message: phone }] : []),
  ];
}

/**
 * The proof step of a home-visit request, checked where it is typed: the family member's fields,
 * and the basis by the same rule the server applies (src/domain/eligibility.ts) — a birth date
 * under seventy is refused here, with the rule's own explanation (`refusal`), before anything
 * else is asked. A resident asking for themselves may leave the birth date out (their profile
 * has it; the server checks it).
 *
 * @example proofCheck({ basis: 'age70', birth: '19600101', cert: '', who: NO_ONE_ELSE }, '2026-10-09').refusal // '按出生日期计算，老人现年 66 岁，未满七十岁。…'
 */
export function proofCheck(
  d: { basis: HomeVisitBasis; birth: string; cert: string; who: ForWhomDraft }, today: string,
): { problems: FieldProblem[]; refusal?: string } {
  const problems = forWhomProblems(d.who);
  if (d.basis === 'age70') {
    const label = d.who.on ? '家人的出生日期' : '您的出生日期';
    if (!d.birth.trim()) {
      if (d.who.on) problems.push({ field: 'birthDate', message: `「${label}」不能为空` });
      return { problems };
    }
    const ymd = parseBirthDate(d.birth);
    if (!ymd) return { problems: [...problems, { field: 'birthDate', message: `「${label}」没看懂，请按「19510315」这样写 8 位数字` }] };
    const verdict = homeVisitEligibility({ basis: 'age70', birthDate: ymd }, today);
    if (verdict.eligible) return { problems };
    if (verdict.invalid) return { problems: [...problems, { field: 'birthDate', message: `「${label}」${verdict.message}` }] };
    return { problems, refusal: verdict.message };
  }
  const cert = d.cert.trim().toUpperCase();
  if (!cert) return { problems: [...problems, { field: 'disabilityCertNo', message: '「残疾人证号」不能为空' }] };
  const verdict = homeVisitEligibility({ basis: 'severeDisability', disabilityCertNo: cert }, today);
  if (verdict.eligible) return { problems };
  if (verdict.invalid) return { problems: [...problems, { field: 'disabilityCertNo', message: `「残疾人证号」${verdict.message}` }] };
  return { problems, refusal: verdict.message };
}

/**
 * Where to come and whom to call, every problem at once.
 * @example contactProblems({ address: '', phone: '8328' }).map((p) => p.field) // ['address', 'phone']
 */
export function contactProblems(d: { address: string; phone: string }): FieldProblem[] {
  const phone = phoneProblem('联系电话', d.phone, { required: true });
  return [...required([['address', '上门地址', d.address]]), ...(phone ? [{ field: 'phone', message: phone }] : [])];
}

/**
 * The last step: at least one day, and what it is about.
 * @example wishProblems({ days: [], description: '' }).length // 2
 */
export function wishProblems(d: { days: string[]; description: string }): FieldProblem[] {
  return [
    ...(d.days.length ? [] : [{ field: 'preferredDays', message: '「哪几天方便」请至少选一天' }]),
    ...required([['description', '简单说说是什么事', d.description]]),
  ];
}
