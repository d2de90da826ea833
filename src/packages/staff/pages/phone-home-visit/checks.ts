import { homeVisitEligibility } from '../../../../domain/eligibility';
import { phoneProblem } from '../../../../domain/phone';
import { required, type FieldProblem } from '../../../../components/form/field-errors';
import type { HomeVisitBasis } from '../../../../shared/appointments';

/** The form while staff type what the caller says. */
export interface PhoneVisitDraft {
  name: string;
  phone: string;
  address: string;
  basis: HomeVisitBasis | '';
  age: string;
  level: string;
  description: string;
}

/**
 * Every problem of the phone home-visit form at once, with the labels on the page, and — by the
 * same rule as online (src/domain/eligibility.ts) — the refusal to read to a caller under 70 or
 * not severely disabled.
 * @example phoneVisitCheck({ name: '', phone: '8328', address: '', basis: 'age70', age: '66', level: '', description: 'x' }, '2026-11-26').refusal // '按来电所说，老人现年 66 岁…'
 */
export function phoneVisitCheck(d: PhoneVisitDraft, today: string): { problems: FieldProblem[]; refusal?: string } {
  const phone = phoneProblem('联系电话', d.phone, { required: true });
  const problems: FieldProblem[] = [
    ...required([['name', '来电人姓名', d.name]]),
    ...(phone ? [{ field: 'phone', message: phone }] : []),
    ...required([['address', '上门地址', d.address]]),
  ];
  let refusal: string | undefined;
  if (!d.basis) problems.push({ field: 'basis', message: '「申请依据」请选一项' });
  else if (d.basis === 'age70') {
    if (!/^\d{1,3}$/.test(d.age.trim())) problems.push({ field: 'age', message: '「年龄（岁）」请填写来电人说的年龄' });
    else {
      const v = homeVisitEligibility({ basis: 'age70', statedAge: Number(d.age) }, today);
      if (!v.eligible) (v.invalid ? problems.push({ field: 'age', message: v.message }) : (refusal = v.message));
    }
  } else if (!d.level) problems.push({ field: 'disabilityLevel', message: '「残疾等级」请选一项' });
  else {
    const v = homeVisitEligibility({ basis: 'severeDisability', statedLevel: Number(d.level) }, today);
    if (!v.eligible) refusal = v.message;
  }
  problems.push(...required([['description', '需要帮助的事项', d.description]]));
  return { problems, ...(refusal ? { refusal } : {}) };
}
