import { callFunction } from './call';
import type { ApiResult } from './types';
import type { StaffAccount } from '../shared/people';

/**
 * Accepts an invitation (issue 12): binds the signed-in person — their OPENID in WeChat, the H5
 * session on the gateway — to the staff account the admin prepared.
 * @example const res = await acceptInvitation('K7M2Q9TX'); if (res.ok) reLaunch(workbench);
 */
export function acceptInvitation(code: string): Promise<ApiResult<{ staff: StaffAccount }>> {
  return callFunction<{ staff: StaffAccount }>('people', { action: 'acceptInvitation', code });
}

/**
 * A fresh identity for the H5 demo sign-in, standing in for a new WeChat user (no staff account, no profile).
 * @example freshOpenid() // 'h5-lq3k9z4f8a2c'
 */
export function freshOpenid(random: () => number = Math.random, now: number = Date.now()): string {
  let tail = '';
  for (let i = 0; i < 8; i += 1) tail += Math.floor(random() * 36).toString(36);
  return `h5-${now.toString(36)}${tail}`;
}
