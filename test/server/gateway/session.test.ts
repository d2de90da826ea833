import { signSession, verifySession, SESSION_TTL_MS } from '../../../src/server/gateway/session';

const NOW = Date.parse('2025-10-09T10:00:00+08:00');
const SECRET = 'a-secret-of-thirty-two-characters!';

describe('dev sessions', () => {
  it('round-trips the openid it was signed for', () => {
    const { token } = signSession(SECRET, 'demo-resident', NOW);
    expect(verifySession(SECRET, token, NOW + 1000)).toBe('demo-resident');
  });

  it('expires after seven days', () => {
    const { token, expiresAt } = signSession(SECRET, 'demo-resident', NOW);
    expect(expiresAt).toBe(NOW + SESSION_TTL_MS);
    expect(verifySession(SECRET, token, expiresAt - 1)).toBe('demo-resident');
    expect(verifySession(SECRET, token, expiresAt)).toBeNull();
  });

  it('rejects a token whose claims were swapped for another openid', () => {
    const { token } = signSession(SECRET, 'demo-resident', NOW);
    const mac = token.split('.')[1];
    const forged = Buffer.from(JSON.stringify({ sub: 'demo-admin', exp: NOW + 1e9 })).toString('base64url');
    expect(verifySession(SECRET, `${forged}.${mac}`, NOW)).toBeNull();
  });

  it('rejects a token signed with another secret', () => {
    const { token } = signSession('another-secret-of-thirty-two-chars', 'demo-resident', NOW);
    expect(verifySession(SECRET, token, NOW)).toBeNull();
  });

  it('rejects malformed tokens without throwing', () => {
    for (const bad of ['', '.', 'abc', 'a.b.c', '.sig', 'eyJ9.', '%%%.###']) {
      expect(verifySession(SECRET, bad, NOW)).toBeNull();
    }
  });
});
