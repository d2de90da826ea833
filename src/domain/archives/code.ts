import type { ArchiveCategory, RetentionCode } from '../../shared/archives';

/** 门类代码 (DA/T 22-2015): every record of the station is 文书 (WS). */
export const CLASS_CODE = 'WS';

/** 机构(问题)代码 of each category of rule 九(二). */
export const SUBJECT_CODES: Record<ArchiveCategory, string> = { consultation: 'ZX', legalAid: 'YZ', administration: 'XZ' };

/** The parts of an archive code (档号). */
export interface ArchiveCodeParts {
  /** 全宗号, e.g. 'X001' (an admin setting). */
  fonds: string;
  category: ArchiveCategory;
  year: number;
  retention: RetentionCode;
}

/**
 * The code shared by every item of one category, year and retention (全宗号-门类代码·年度-保管期限代码-机构(问题)代码).
 *
 * @example codePrefix({ fonds: 'X001', category: 'consultation', year: 2026, retention: 'D10' }) // 'X001-WS·2026-D10-ZX'
 */
export function codePrefix(parts: ArchiveCodeParts): string {
  return `${parts.fonds}-${CLASS_CODE}·${parts.year}-${parts.retention}-${SUBJECT_CODES[parts.category]}`;
}

/**
 * An item's archive code (档号) after DA/T 22-2015: the prefix and the 件号, four digits at least.
 * 件号 run on through the year in the order items are filed.
 *
 * @example itemArchiveCode({ fonds: 'X001', category: 'consultation', year: 2026, retention: 'D10' }, 1) // 'X001-WS·2026-D10-ZX-0001'
 */
export function itemArchiveCode(parts: ArchiveCodeParts, itemNo: number): string {
  return `${codePrefix(parts)}-${String(itemNo).padStart(4, '0')}`;
}

/**
 * A volume's archive code: the prefix and the range of its 件号 (a volume binds consecutive items).
 *
 * @example volumeArchiveCode({ fonds: 'X001', category: 'consultation', year: 2026, retention: 'D10' }, 1, 120) // 'X001-WS·2026-D10-ZX-0001～0120'
 * @example volumeArchiveCode(parts, 0, 0) // 'X001-WS·2026-D10-ZX-（空卷）' — a month without registrations
 */
export function volumeArchiveCode(parts: ArchiveCodeParts, firstNo: number, count: number): string {
  if (count <= 0) return `${codePrefix(parts)}-（空卷）`;
  const pad = (n: number) => String(n).padStart(4, '0');
  return count === 1 ? `${codePrefix(parts)}-${pad(firstNo)}` : `${codePrefix(parts)}-${pad(firstNo)}～${pad(firstNo + count - 1)}`;
}

/**
 * True for a 全宗号 the admin may set: a letter or digit, then 1–9 letters or digits.
 *
 * @example isFondsCode('X001') // true
 * @example isFondsCode('X-1') // false
 */
export function isFondsCode(s: string): boolean {
  return /^[A-Z0-9][A-Z0-9]{1,9}$/.test(s);
}
