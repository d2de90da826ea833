import { ageOn } from '../eligibility';
import type { GreenGroup, HardshipBasis, HardshipReview, MatterKind } from '../../shared/legal-aid';

/** 老年人权益保障法 第2条: 60 and over. */
export const ELDERLY_AGE = 60;
/** 未成年人保护法 第2条: under 18. */
export const ADULT_AGE = 18;

/**
 * The green-channel groups (rule 一(四)2) of an applicant: those they named, plus what their
 * birth date proves (60 or older → 老年人, under 18 → 未成年人) and a 农民工 wage claim (the
 * exemption basis `migrantWage` says they are one). Sorted, each once.
 *
 * @example greenGroupsOf(['women'], '1950-03-01', '2026-11-26', 'declaration') // ['elderly', 'women']
 * @example greenGroupsOf([], undefined, '2026-11-26', 'migrantWage') // ['migrantWorker']
 */
export function greenGroupsOf(named: readonly GreenGroup[], birthDate: string | undefined, onDay: string, hardship: HardshipBasis): GreenGroup[] {
  const out = new Set<GreenGroup>(named);
  if (birthDate) {
    const age = ageOn(birthDate, onDay);
    if (age >= ELDERLY_AGE) out.add('elderly');
    if (age < ADULT_AGE) out.add('minor');
  }
  if (hardship === 'migrantWage') out.add('migrantWorker');
  return [...out].sort();
}

/**
 * Whether the application takes the green channel (五个当天): any listed group.
 * @example isGreenChannel(['elderly']) // true
 * @example isGreenChannel([]) // false
 */
export function isGreenChannel(groups: readonly GreenGroup[]): boolean {
  return groups.length > 0;
}

/** The bases exempt from the economic-hardship review (rule 一(四)4, 法律援助法 第42条). */
export const EXEMPT_BASES: readonly HardshipBasis[] = ['migrantWage', 'dibao', 'wubao', 'tekun', 'specialGroupNoIncome', 'socialAssistance'];

/** Matters with no economic-hardship condition at all (法律援助法 第32条). */
export const NO_HARDSHIP_MATTERS: readonly MatterKind[] = ['domesticViolence'];

/**
 * Whether the hardship review is needed: 'exempt' for the exempt bases and the 第32条 matters
 * (recorded as exempt, the certificate photo kept where there is one), otherwise 'required' —
 * taken as the applicant's personal declaration (个人诚信承诺, 第41条), never an income proof.
 *
 * @example hardshipReviewOf('dibao', 'alimony') // 'exempt'
 * @example hardshipReviewOf('declaration', 'domesticViolence') // 'exempt'
 * @example hardshipReviewOf('declaration', 'alimony') // 'required'
 */
export function hardshipReviewOf(basis: HardshipBasis, matter: MatterKind): HardshipReview {
  return EXEMPT_BASES.includes(basis) || NO_HARDSHIP_MATTERS.includes(matter) ? 'exempt' : 'required';
}

/**
 * Why a basis does not fit the matter, or null: the 农民工 exemption is for wages and work
 * injuries only (第42条).
 * @example basisMismatch('migrantWage', 'alimony') // '「经济困难免审」农民工免审只适用于讨要劳动报酬或工伤赔偿'
 */
export function basisMismatch(basis: HardshipBasis, matter: MatterKind): string | null {
  if (basis === 'migrantWage' && matter !== 'wages' && matter !== 'workInjury') return '「经济困难免审」农民工免审只适用于讨要劳动报酬或工伤赔偿';
  return null;
}

/** The certificate an exempt basis is shown with (a photo is kept where there is one). */
const CERTIFICATES: Partial<Record<HardshipBasis, string>> = {
  dibao: '最低生活保障证',
  wubao: '“五保”供养证',
  tekun: '特困户救助证',
  socialAssistance: '社会救助、司法救助或优抚对象的证明',
};

/**
 * The materials checklist for an application: identity, the matter's evidence, and what the
 * hardship basis needs — the certificate for a certificate holder, the personal declaration
 * (个人诚信承诺书) for 'required'. An exempt applicant is never asked for an income proof.
 *
 * @example materialsFor('migrantWage', 'wages') // ['身份证或户口簿', '与案件有关的材料：劳动合同、工资条、考勤记录、欠条或聊天记录等']
 * @example materialsFor('declaration', 'alimony').includes('个人诚信承诺书（在窗口或小程序里填写即可）') // true
 */
export function materialsFor(basis: HardshipBasis, matter: MatterKind): string[] {
  const out = ['身份证或户口簿'];
  out.push(matter === 'wages' || matter === 'workInjury'
    ? '与案件有关的材料：劳动合同、工资条、考勤记录、欠条或聊天记录等'
    : '与案件有关的材料：合同、票据、病历、判决书、聊天记录或照片等');
  const cert = CERTIFICATES[basis];
  if (cert) out.push(cert);
  if (hardshipReviewOf(basis, matter) === 'required') out.push('个人诚信承诺书（在窗口或小程序里填写即可）');
  return out;
}

/**
 * True when the applicant's personal declaration (个人诚信承诺, 第41条) is taken. Nobody is sent
 * to fetch an income proof: an exempt applicant gives nothing, the others declare.
 * @example needsDeclaration('tekun', 'wages') // false
 * @example needsDeclaration('declaration', 'alimony') // true
 */
export function needsDeclaration(basis: HardshipBasis, matter: MatterKind): boolean {
  return hardshipReviewOf(basis, matter) === 'required';
}
