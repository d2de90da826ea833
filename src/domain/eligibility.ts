/**
 * Home-visit eligibility (rule 一(四)3 实行上门服务): residents aged seventy or over, and severely
 * disabled residents (残疾人证 一级/二级). Pure: the day of the request is an input.
 */
import { isYmd } from './beijing';

/** The phone a resident is given instead (rule 一(四)3: home visits are booked by phone). */
export const HOME_VISIT_PHONE = '0791-83280001';

export const MIN_HOME_VISIT_AGE = 70;

export type Eligibility =
  | { eligible: true; basis: 'age70'; age: number }
  | { eligible: true; basis: 'severeDisability'; level: 1 | 2 }
  /** `invalid`: the input itself is missing or malformed (a form error, not a refusal). */
  | { eligible: false; invalid: boolean; field: string; message: string };

/**
 * Full years of age on a Beijing day (a person born on 29 February turns a year older on 1 March
 * in common years). Throws RangeError on a malformed day.
 * @example ageOn('1956-11-27', '2026-11-26') // 69
 * @example ageOn('1956-11-26', '2026-11-26') // 70
 */
export function ageOn(birthDate: string, ymd: string): number {
  if (!isYmd(birthDate) || !isYmd(ymd)) throw new RangeError('ageOn needs YYYY-MM-DD days');
  const years = +ymd.slice(0, 4) - +birthDate.slice(0, 4);
  return ymd.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

/**
 * Reads a second-generation 残疾人证 number: the 18-character 身份证号 followed by the category
 * (1 视力 … 7 多重) and the level (1–4). 一级 and 二级 are 重度残疾. Null when malformed.
 * @example parseDisabilityCert('36012219500101123X42') // { category: 4, level: 2, severe: true }
 */
export function parseDisabilityCert(certNo: string): { category: number; level: number; severe: boolean } | null {
  const m = /^\d{17}[\dX](\d)(\d)$/.exec(certNo.trim().toUpperCase());
  if (!m) return null;
  const category = +m[1];
  const level = +m[2];
  if (category < 1 || category > 7 || level < 1 || level > 4) return null;
  return { category, level, severe: level <= 2 };
}

const byPhone = `上门服务面向七十岁以上的老年人和重度残疾人。您可以到工作站办理，或拨打 ${HOME_VISIT_PHONE} 电话咨询。`;

/** What a request states to qualify: a birth date or certificate number, or — on the phone — the age or level as told. */
export interface EligibilityClaim {
  basis: 'age70' | 'severeDisability';
  birthDate?: string;
  disabilityCertNo?: string;
  /** The age as the caller told it on the phone (rule 一(四)3), when no birth date was given. */
  statedAge?: number;
  /** The 残疾人证 level (1–4) as the caller told it, when the number is not at hand. */
  statedLevel?: number;
}

/**
 * Whether a home-visit request qualifies, from what the request states, on the Beijing day
 * `today`. A birth date or a certificate number wins over what was told; a phone request may
 * state the age or the certificate's level instead (staff register what the caller says).
 * @example homeVisitEligibility({ basis: 'age70', birthDate: '1951-03-15' }, '2026-11-26') // { eligible: true, basis: 'age70', age: 75 }
 * @example homeVisitEligibility({ basis: 'age70', birthDate: '1970-01-01' }, '2026-11-26').eligible // false
 * @example homeVisitEligibility({ basis: 'age70', statedAge: 78 }, '2026-11-26') // { eligible: true, basis: 'age70', age: 78 }
 * @example homeVisitEligibility({ basis: 'severeDisability', statedLevel: 2 }, '2026-11-26') // { eligible: true, basis: 'severeDisability', level: 2 }
 */
export function homeVisitEligibility(input: EligibilityClaim, today: string): Eligibility {
  if (input.basis === 'age70') {
    if (!input.birthDate && input.statedAge !== undefined) {
      if (!Number.isInteger(input.statedAge) || input.statedAge < 0 || input.statedAge > 130) {
        return { eligible: false, invalid: true, field: 'age', message: '「年龄」请填写 0–130 之间的整数' };
      }
      if (input.statedAge >= MIN_HOME_VISIT_AGE) return { eligible: true, basis: 'age70', age: input.statedAge };
      return { eligible: false, invalid: false, field: 'age', message: `按来电所说，老人现年 ${input.statedAge} 岁，未满七十岁。${byPhone}` };
    }
    if (!input.birthDate || !isYmd(input.birthDate)) {
      return { eligible: false, invalid: true, field: 'birthDate', message: '请填写老人的出生日期（例如 1950-03-15）' };
    }
    if (input.birthDate > today) return { eligible: false, invalid: true, field: 'birthDate', message: '出生日期不能晚于今天，请核对' };
    const age = ageOn(input.birthDate, today);
    if (age >= MIN_HOME_VISIT_AGE) return { eligible: true, basis: 'age70', age };
    return { eligible: false, invalid: false, field: 'birthDate', message: `按出生日期计算，老人现年 ${age} 岁，未满七十岁。${byPhone}` };
  }
  if (!input.disabilityCertNo && input.statedLevel !== undefined) {
    if (![1, 2, 3, 4].includes(input.statedLevel)) return { eligible: false, invalid: true, field: 'disabilityLevel', message: '「残疾等级」请选一级到四级' };
    if (input.statedLevel <= 2) return { eligible: true, basis: 'severeDisability', level: input.statedLevel as 1 | 2 };
    return { eligible: false, invalid: false, field: 'disabilityLevel', message: `按来电所说，残疾等级为${'一二三四'[input.statedLevel - 1]}级，不属于重度残疾（一级、二级）。${byPhone}` };
  }
  if (!input.disabilityCertNo) return { eligible: false, invalid: true, field: 'disabilityCertNo', message: '请填写残疾人证号（20 位）' };
  const cert = parseDisabilityCert(input.disabilityCertNo);
  if (!cert) return { eligible: false, invalid: true, field: 'disabilityCertNo', message: '残疾人证号应为 20 位（身份证号后加残疾类别和等级），请核对' };
  if (cert.severe) return { eligible: true, basis: 'severeDisability', level: cert.level as 1 | 2 };
  return { eligible: false, invalid: false, field: 'disabilityCertNo', message: `残疾人证显示为${'一二三四'[cert.level - 1]}级，不属于重度残疾（一级、二级）。${byPhone}` };
}

/**
 * A certificate number as shown to the resident: the middle digits hidden.
 * @example maskCertNo('36012219500101123X42') // '3601************3X42'
 */
export function maskCertNo(certNo: string): string {
  return certNo.length <= 8 ? certNo : `${certNo.slice(0, 4)}${'*'.repeat(certNo.length - 8)}${certNo.slice(-4)}`;
}
