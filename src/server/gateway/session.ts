import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a dev session lasts. */
export const SESSION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

interface SessionClaims {
  /** The signed-in openid. */
  sub: string;
  /** Expiry, epoch ms. */
  exp: number;
}

/**
 * Signs a session for `openid`: `base64url(claims).base64url(HMAC-SHA256(secret, claims))`.
 *
 * @example
 * const { token } = signSession('secret', 'demo-resident', Date.now());
 */
export function signSession(secret: string, openid: string, now: number, ttlMs = SESSION_TTL_MS): { token: string; expiresAt: number } {
  const claims: SessionClaims = { sub: openid, exp: now + ttlMs };
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return { token: `${body}.${mac(secret, body)}`, expiresAt: claims.exp };
}

/**
 * The openid a token was signed for, or null when it is malformed, tampered with or expired.
 *
 * @example
 * verifySession('secret', token, Date.now()) // 'demo-resident'
 */
export function verifySession(secret: string, token: string, now: number): string | null {
  const dot = token.indexOf('.');
  if (dot <= 0 || dot !== token.lastIndexOf('.')) return null;
  const body = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1), 'base64url');
  const expected = Buffer.from(mac(secret, body), 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<SessionClaims>;
    if (typeof claims.sub !== 'string' || claims.sub === '' || typeof claims.exp !== 'number') return null;
    return claims.exp > now ? claims.sub : null;
  } catch {
    return null;
  }
}

function mac(secret: string, body: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url');
}
