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

describe('sessions across modes', () => {
  it('never verifies a dev token on a production gateway, even with the same secret', () => {
    const { token } = signSession(SECRET, 'demo-admin', NOW);
    expect(verifySession(SECRET, token, NOW + 1000, 'production')).toBeNull();
    expect(verifySession(SECRET, token, NOW + 1000, 'dev')).toBe('demo-admin');
  });

  it('refuses a token issued in the future of the verifying clock (minted with STATION_NOW ahead)', () => {
    const { token } = signSession(SECRET, 'demo-admin', NOW + 3 * 365 * 86_400_000);
    expect(verifySession(SECRET, token, NOW)).toBeNull();
  });

  it('refuses a token that claims to live longer than a session', () => {
    const { token } = signSession(SECRET, 'demo-admin', NOW, SESSION_TTL_MS * 10);
    expect(verifySession(SECRET, token, NOW + 1000)).toBeNull();
  });
});
