/**
 * Accounts by invitation (issue 12): the admin invites a person with the roles chosen; the
 * one-time code is valid for 72 hours and binds the OPENID of whoever accepts it first.
 * Pure: the stored invitation and `now` in, a decision out.
 */

/** How long an invitation may be accepted. */
export const INVITATION_HOURS = 72;

/** Letters and digits that cannot be mistaken for one another when read aloud or typed (no 0/O, 1/I/L). */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** Length of an invitation code. */
export const CODE_LENGTH = 8;

/** What the rule needs to know of a stored invitation. */
export interface InvitationFacts {
  expiresAt: number;
  usedAt: number | null;
  revokedAt: number | null;
}

export type InvitationState = 'open' | 'used' | 'expired' | 'revoked';

/**
 * The state of an invitation at `now`: used and revoked are final, otherwise it expires.
 * @example invitationState({ expiresAt: 10, usedAt: null, revokedAt: null }, 9) // 'open'
 * @example invitationState({ expiresAt: 10, usedAt: null, revokedAt: null }, 10) // 'expired'
 */
export function invitationState(inv: InvitationFacts, now: number): InvitationState {
  if (inv.usedAt !== null) return 'used';
  if (inv.revokedAt !== null) return 'revoked';
  return now < inv.expiresAt ? 'open' : 'expired';
}

/** Each state in words for the admin's list. */
export const INVITATION_STATE_LABELS: Record<InvitationState, string> = {
  open: '待接受', used: '已使用', expired: '已过期', revoked: '已撤销',
};

/**
 * Why an invitation cannot be accepted, in words the invited person understands; null when it can.
 * @example acceptRefusal('expired') // '这个邀请码已过期（有效期 72 小时），请联系平台管理人员重新邀请'
 */
export function acceptRefusal(state: InvitationState): string | null {
  switch (state) {
    case 'open': return null;
    case 'used': return '这个邀请码已经使用过了，每个邀请码只能用一次；如需帮助请联系平台管理人员';
    case 'expired': return `这个邀请码已过期（有效期 ${INVITATION_HOURS} 小时），请联系平台管理人员重新邀请`;
    case 'revoked': return '这个邀请码已被平台管理人员撤销，请联系平台管理人员重新邀请';
  }
}

/**
 * When an invitation made at `now` expires.
 * @example invitationExpiry(0) // 259200000
 */
export function invitationExpiry(now: number): number {
  return now + INVITATION_HOURS * 3600_000;
}

/**
 * A code from random bytes (one byte per character; the server supplies them from crypto).
 * @example codeFromBytes([0, 1, 2, 3, 4, 5, 6, 7]) // '23456789'
 */
export function codeFromBytes(bytes: ArrayLike<number>): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i += 1) code += CODE_ALPHABET[bytes[i] % CODE_ALPHABET.length];
  return code;
}

/**
 * The code as typed, tidied: spaces and dashes dropped, upper case. Only case and separators
 * are forgiven; any other character makes it invalid.
 * @example normalizeCode(' abcd-efgh ') // 'ABCDEFGH'
 */
export function normalizeCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase();
}

/**
 * True for a well-formed code.
 * @example isCode('ABCDEFGH') // true
 * @example isCode('ABCD0FGH') // false
 */
export function isCode(code: string): boolean {
  return code.length === CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c));
}

/** The join page inside the mini-program, opened from the link or QR code. */
export const JOIN_PAGE = 'packages/people/pages/join/index';

/**
 * The mini-program path an invitation opens (the QR code and the link carry it).
 * @example joinPath('ABCDEFGH') // 'packages/people/pages/join/index?code=ABCDEFGH'
 */
export function joinPath(code: string): string {
  return `${JOIN_PAGE}?code=${code}`;
}
