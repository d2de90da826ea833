import type { FieldProblem } from '../../../components/form/field-errors';
import { hardshipReviewOf, isIdNumber } from '../../../domain/legal-aid';
import type { ApplyPayload, GreenGroup, HardshipBasis, MatterKind } from '../../../shared/legal-aid';

/** The application form as the resident fills it. */
export interface ApplyForm {
  forWhom: 'self' | 'family';
  relation: string;
  name: string;
  phone: string;
  idNumber: string;
  birthDate: string;
  groups: GreenGroup[];
  kind: MatterKind | '';
  summary: string;
  opponent: string;
  urgent: boolean;
  urgentReason: string;
  hardship: HardshipBasis | '';
  income: string;
  promise: boolean;
  photoIds: string[];
}

export const EMPTY_FORM: ApplyForm = {
  forWhom: 'self', relation: '', name: '', phone: '', idNumber: '', birthDate: '', groups: [], kind: '', summary: '', opponent: '',
  urgent: false, urgentReason: '', hardship: '', income: '', promise: false, photoIds: [],
};

/** The labels the resident sees, by server field: the server's errors are told with these. */
export const APPLY_LABELS: Record<string, string> = {
  relation: '您是申请人的什么人？', 'applicant.name': '申请人姓名', 'applicant.phone': '联系电话', 'applicant.idNumber': '身份证号',
  'applicant.birthDate': '出生日期', groups: '申请人属于哪类人？', 'matter.kind': '是哪类事？', 'matter.summary': '发生了什么事？',
  'matter.opponent': '对方是谁？', urgentReason: '为什么着急？', hardship: '经济困难怎么认定？', 'declaration.income': '家里的经济情况',
  'declaration.promise': '诚信承诺',
};

/** The form's four steps. */
export const STEPS = ['申请人', '哪类人', '什么事', '经济情况'] as const;

const need = (field: string, value: string): FieldProblem[] => (value.trim() ? [] : [{ field, message: `「${APPLY_LABELS[field]}」不能为空` }]);

/**
 * What is missing or wrong on one step, in the words on the page (nothing is sent until none).
 * @example stepProblems(0, { ...EMPTY_FORM, phone: '12' }).map((p) => p.field) // ['applicant.name', 'applicant.phone']
 */
export function stepProblems(step: number, f: ApplyForm): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (step === 0) {
    if (f.forWhom === 'family') out.push(...need('relation', f.relation));
    out.push(...need('applicant.name', f.name));
    if (!/^(1\d{10}|0\d{2,3}-?\d{7,8})$/.test(f.phone.trim())) out.push({ field: 'applicant.phone', message: f.phone.trim() ? '「联系电话」格式不对（手机号 11 位）' : '「联系电话」不能为空' });
    if (f.idNumber.trim() && !isIdNumber(f.idNumber.trim().toUpperCase())) out.push({ field: 'applicant.idNumber', message: '「身份证号」不对，请核对 18 位号码' });
    if (f.birthDate.trim() && !/^\d{4}-\d{2}-\d{2}$/.test(f.birthDate.trim())) out.push({ field: 'applicant.birthDate', message: '「出生日期」请按 1950-03-01 这样写' });
  }
  if (step === 2) {
    if (!f.kind) out.push({ field: 'matter.kind', message: `「${APPLY_LABELS['matter.kind']}」请选一项` });
    out.push(...need('matter.summary', f.summary));
    if (f.urgent) out.push(...need('urgentReason', f.urgentReason));
  }
  if (step === 3) {
    if (!f.hardship) out.push({ field: 'hardship', message: `「${APPLY_LABELS.hardship}」请选一项` });
    else if (f.hardship === 'migrantWage' && f.kind !== 'wages' && f.kind !== 'workInjury') out.push({ field: 'hardship', message: '农民工免审只适用于讨工钱或工伤赔偿，请另选一项' });
    else if (f.kind && hardshipReviewOf(f.hardship, f.kind) === 'required') {
      out.push(...need('declaration.income', f.income));
      if (!f.promise) out.push({ field: 'declaration.promise', message: '请勾选「我保证以上情况属实」' });
    }
  }
  return out;
}

/**
 * The `apply` payload of a finished form.
 * @example payloadOf(form, 'r-1').hardship // 'dibao'
 */
export function payloadOf(f: ApplyForm, requestId: string): ApplyPayload {
  const kind = f.kind as MatterKind;
  const hardship = f.hardship as HardshipBasis;
  const declare = hardshipReviewOf(hardship, kind) === 'required';
  return {
    requestId,
    applicant: { name: f.name.trim(), phone: f.phone.trim(), ...(f.idNumber.trim() ? { idNumber: f.idNumber.trim().toUpperCase() } : {}), ...(f.birthDate.trim() ? { birthDate: f.birthDate.trim() } : {}) },
    ...(f.forWhom === 'family' ? { relation: f.relation.trim() } : {}),
    groups: f.groups,
    matter: { kind, summary: f.summary.trim(), ...(f.opponent.trim() ? { opponent: f.opponent.trim() } : {}) },
    hardship,
    ...(declare ? { declaration: { income: f.income.trim(), promise: true as const } } : {}),
    ...(f.urgent ? { urgent: true, urgentReason: f.urgentReason.trim() } : {}),
    ...(f.photoIds.length ? { photoIds: f.photoIds } : {}),
  };
}
