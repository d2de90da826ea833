/** A function of the running gateway called as one signed-in account. */
export type CallAs = <T>(fn: string, event: Record<string, unknown>) => Promise<T>;

/**
 * Signs a demo account in over HTTP (the dev sign-in) and returns a caller of the gateway's
 * functions as that account; a refused call throws with the gateway's Chinese message.
 * @example const staff = await asAccount(station.url, 'demo-staff'); await staff('tickets', { action: 'accept', id });
 */
export async function asAccount(url: string, openid: string): Promise<CallAs> {
  const signed = await fetch(`${url}/api/dev/sign-in`, { method: 'POST', body: JSON.stringify({ openid }), headers: { 'Content-Type': 'application/json' } });
  const { token } = (await signed.json()) as { token: string };
  return async <T>(fn: string, event: Record<string, unknown>): Promise<T> => {
    const res = await fetch(`${url}/api/fn/${fn}`, { method: 'POST', body: JSON.stringify(event), headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` } });
    const body = (await res.json()) as { ok: boolean; data: T; error?: { message: string } };
    if (!body.ok) throw new Error(`${fn}.${String(event.action)}: ${body.error?.message}`);
    return body.data;
  };
}

/**
 * Calls a function through the gateway with the page's own session, as the page's api does
 * (the token the page keeps in localStorage), and answers the `{ ok, data | error }` body.
 *
 * @example const res = await callFromPage(page, 'referrals', { action: 'get', id });
 */
export async function callFromPage(page: import('playwright-core').Page, name: string, event: Record<string, unknown>): Promise<any> {
  return page.evaluate(async ([fn, body]) => {
    const raw = localStorage.getItem('session:token') ?? '';
    let token = raw;
    try { const parsed = JSON.parse(raw); token = typeof parsed === 'string' ? parsed : parsed.data ?? raw; } catch { /* plain */ }
    const res = await fetch(`/api/fn/${fn}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
    return res.json();
  }, [name, event] as const);
}
