import {
  acceptRefusal, checkRoleSet, codeFromBytes, expectedHours, hoursProblem, invitationExpiry, invitationState, isBehind, isCode,
  joinPath, leavesNoAdmin, normalizeCode, progressShare, roleWords, studyDayProblem,
} from '../../../src/domain/people';

const at = (iso: string) => Date.parse(iso);

describe('invitations', () => {
  const made = at('2026-11-26T10:00:00+08:00');
  const inv = { expiresAt: invitationExpiry(made), usedAt: null, revokedAt: null };

  it('are open for exactly 72 hours', () => {
    expect(invitationState(inv, at('2026-11-29T09:59:59+08:00'))).toBe('open');
    expect(invitationState(inv, at('2026-11-29T10:00:00+08:00'))).toBe('expired');
  });

  it('stay used or revoked whatever the time', () => {
    expect(invitationState({ ...inv, usedAt: made }, made)).toBe('used');
    expect(invitationState({ ...inv, revokedAt: made }, made)).toBe('revoked');
    expect(invitationState({ ...inv, usedAt: made }, inv.expiresAt + 1)).toBe('used');
  });

  it('are refused in words that say what to do', () => {
    expect(acceptRefusal('open')).toBeNull();
    for (const s of ['used', 'expired', 'revoked'] as const) expect(acceptRefusal(s)).toMatch(/平台管理人员/);
  });

  it('have codes without look-alike characters, forgiving case and separators', () => {
    const code = codeFromBytes([0, 30, 31, 255, 7, 8, 100, 200]);
    expect(isCode(code)).toBe(true);
    expect(code).not.toMatch(/[01OIL]/);
    expect(normalizeCode(` ${code.slice(0, 4).toLowerCase()}-${code.slice(4)} `)).toBe(code);
    expect(isCode('ABCD0FGH')).toBe(false);
    expect(isCode('ABCDEFG')).toBe(false);
  });

  it('open the join page of the mini-program with the code', () => {
    expect(joinPath('ABCDEFGH')).toBe('packages/people/pages/join/index?code=ABCDEFGH');
  });
});

describe('role sets', () => {
  it('are stored in one order, each role once', () => {
    expect(checkRoleSet(['director', 'staff', 'director'], [])).toEqual({ roles: ['staff', 'director'], unitIds: [] });
  });

  it('need at least one role', () => {
    expect(checkRoleSet([], [])).toEqual({ message: '请至少选择一个岗位角色', field: 'roles' });
  });

  it('make a unit liaison name their units and hold no station role', () => {
    expect(checkRoleSet(['unitLiaison'], ['u1', 'u1'])).toEqual({ roles: ['unitLiaison'], unitIds: ['u1'] });
    expect(checkRoleSet(['unitLiaison'], [])).toMatchObject({ field: 'unitIds' });
    expect(checkRoleSet(['unitLiaison', 'staff'], ['u1'])).toMatchObject({ field: 'roles' });
    expect(checkRoleSet(['staff'], ['u1'])).toMatchObject({ field: 'unitIds' });
  });

  it('never leave the station without an active admin', () => {
    const accounts = [
      { staffId: 'a', active: true, roles: ['staff', 'admin'] as const },
      { staffId: 'b', active: true, roles: ['staff'] as const },
    ].map((a) => ({ ...a, roles: [...a.roles] }));
    expect(leavesNoAdmin(accounts, { staffId: 'a', active: false, roles: ['staff', 'admin'] })).toBe(true);
    expect(leavesNoAdmin(accounts, { staffId: 'a', active: true, roles: ['staff'] })).toBe(true);
    expect(leavesNoAdmin(accounts, { staffId: 'b', active: false, roles: ['staff'] })).toBe(false);
    expect(leavesNoAdmin([...accounts, { staffId: 'c', active: true, roles: ['admin'] }], { staffId: 'a', active: false, roles: ['admin'] })).toBe(false);
  });

  it('read as the station says them', () => {
    expect(roleWords(['staff', 'director'])).toBe('工作站主任');
    expect(roleWords(['staff'])).toBe('窗口工作人员');
  });
});

describe('study pace', () => {
  it('expects 30 hours by the end of the year on an even pace', () => {
    expect(expectedHours(2026, '2026-01-01')).toBe(0.1);
    expect(expectedHours(2026, '2026-07-02')).toBe(15);
    expect(expectedHours(2026, '2026-12-31')).toBe(30);
    expect(expectedHours(2028, '2028-12-31')).toBe(30);
    expect(expectedHours(2026, '2027-03-01')).toBe(30);
    expect(expectedHours(2026, '2025-12-31')).toBe(0);
  });

  it('is behind below the pace, never once the 30 are met', () => {
    expect(isBehind(2026, '2026-07-02', 14.5)).toBe(true);
    expect(isBehind(2026, '2026-07-02', 15)).toBe(false);
    expect(isBehind(2026, '2026-12-31', 30)).toBe(false);
    expect(progressShare(45)).toBe(1);
    expect(progressShare(15)).toBe(0.5);
  });

  it('takes real days up to today only', () => {
    expect(studyDayProblem('2026-11-26', '2026-11-26')).toBeNull();
    expect(studyDayProblem('2026-11-27', '2026-11-26')).toBe('学习日期不能晚于今天');
    expect(studyDayProblem('2026-02-29', '2026-11-26')).toMatch(/不是有效的日期/);
  });

  it('takes half hours, at most 12 a day with what is already recorded', () => {
    expect(hoursProblem(1.5, 0)).toBeNull();
    expect(hoursProblem(12, 0)).toBeNull();
    expect(hoursProblem(0, 0)).toBe('学时要大于 0');
    expect(hoursProblem(1.25, 0)).toBe('学时按半小时记，例如 1.5');
    expect(hoursProblem(12.5, 0)).toBe('一天最多记 12 学时');
    expect(hoursProblem(3, 10)).toBe('一天最多记 12 学时，这一天已记 10 学时');
  });
});
