import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a dev session lasts. */
export const SESSION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** A token issued this far ahead of the verifier's clock is still accepted (clock skew). */
const MAX_SKEW_MS = 60 * 1000;

/**
 * Which kind of gateway signed a session. Each mode signs with its own key derived from the
 * secret, and names itself in the claims, so a token the dev sign-in minted can never verify on a
 * production gateway that shares the same `DATA_DIR` or `SESSION_SECRET`.
 */
export type SessionMode = 'dev' | 'production';

interface SessionClaims {
  /** The signed-in openid. */
  sub: string;
  /** Issued at, epoch ms (the signer's clock). */
  iat: number;
  /** Expiry, epoch ms. */
  exp: number;
  /** The mode of the gateway that signed it. */
  mode: SessionMode;
}

/**
 * Signs a session for `openid`: `base64url(claims).base64url(HMAC-SHA256(key(secret, mode), claims))`.
 * Only the dev sign-in calls it today, with mode `'dev'`.
 *
 * @example
 * const { token } = signSession('secret', 'demo-resident', Date.now());
 */
export function signSession(
  secret: string,
  openid: string,
  now: number,
  ttlMs = SESSION_TTL_MS,
  mode: SessionMode = 'dev',
): { token: string; expiresAt: number } {
  const claims: SessionClaims = { sub: openid, iat: now, exp: now + ttlMs, mode };
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return { token: `${body}.${mac(secret, mode, body)}`, expiresAt: claims.exp };
}

/**
 * The openid a token was signed for, or null when it is malformed, tampered with, signed for
 * another mode, issued in the future, longer-lived than a session, or expired at `now`.
 * A production gateway passes the wall clock as `now` and `'production'` as `mode`.
 *
 * @example
 * verifySession('secret', token, Date.now()) // 'demo-resident'
 * verifySession('secret', devToken, Date.now(), 'production') // null
 */
export function verifySession(secret: string, token: string, now: number, mode: SessionMode = 'dev'): string | null {
  const dot = token.indexOf('.');
  if (dot <= 0 || dot !== token.lastIndexOf('.')) return null;
  const body = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1), 'base64url');
  const expected = Buffer.from(mac(secret, mode, body), 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<SessionClaims>;
    if (typeof claims.sub !== 'string' || claims.sub === '' || claims.mode !== mode) return null;
    if (typeof claims.exp !== 'number' || typeof claims.iat !== 'number') return null;
    if (claims.iat > now + MAX_SKEW_MS || claims.exp - claims.iat > SESSION_TTL_MS) return null;
    return claims.exp > now ? claims.sub : null;
  } catch {
    return null;
  }
}

/** The MAC under the mode's own key: HMAC(HMAC(secret, 'session:' + mode), body). */
function mac(secret: string, mode: SessionMode, body: string): string {
  const key = createHmac('sha256', secret).update(`session:${mode}`).digest();
  return createHmac('sha256', key).update(body).digest('base64url');
}
