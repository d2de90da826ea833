import { postJson } from './transport';
import { setToken } from './session';
import { NETWORK_MESSAGE, type ApiResult } from './types';

/** The demo accounts the gateway seeds (brief: names agreed between helpers). */
export const DEMO_ACCOUNTS = [
  { openid: 'demo-resident', label: '居民（75岁）' },
  { openid: 'demo-staff', label: '窗口工作人员' },
  { openid: 'demo-director', label: '工作站主任' },
  { openid: 'demo-admin', label: '平台管理员' },
  { openid: 'demo-legal-aid-worker', label: '法律援助律师（示例·王律师）' },
  { openid: 'demo-archivist', label: '档案管理人员（示例·吴某）' },
] as const;

/**
 * H5 only, outside production: signs in as a demo account via `POST /api/dev/sign-in`
 * and keeps the token for later calls.
 * @example await signInDemo('demo-admin')
 */
export async function signInDemo(openid: string): Promise<ApiResult<{ token: string }>> {
  try {
    const answer = (await postJson('/api/dev/sign-in', { openid })) as { token?: unknown; ok?: boolean; error?: { message: string } };
    if (typeof answer?.token === 'string') {
      setToken(answer.token);
      return { ok: true, data: { token: answer.token } };
    }
    if (answer && answer.ok === true && typeof (answer as { data?: { token?: unknown } }).data?.token === 'string') {
      const token = (answer as { data: { token: string } }).data.token;
      setToken(token);
      return { ok: true, data: { token } };
    }
    return { ok: false, error: { code: 'FORBIDDEN', message: answer?.error?.message ?? '当前环境没有开启演示登录' } };
  } catch {
    return { ok: false, error: { code: 'NETWORK', message: NETWORK_MESSAGE } };
  }
}

/** Signs out of the demo session. */
export function signOut(): void {
  setToken('');
}
