import { CONTENT_KEY, kindOfKey, sortItems } from '../../../src/server/content/items';
import { staffName } from '../../../src/server/content/staff-name';
import { auditEvent } from '../../../src/server/content/audit';
import type { Actor } from '../../../src/server/ports/identity';

describe('sortItems', () => {
  it('orders station, commitments, guides, badges, notices, then by order within a kind', () => {
    const items = [
      { key: 'notice:a', kind: 'notice', order: 1 },
      { key: 'badge:b', kind: 'badge', order: 2 },
      { key: 'badge:a', kind: 'badge', order: 1 },
      { key: 'guide:notary', kind: 'guide', order: 3 },
      { key: 'commitments', kind: 'commitments', order: 1 },
      { key: 'station', kind: 'station', order: 1 },
    ] as const;
    expect(sortItems([...items]).map((i) => i.key)).toEqual(['station', 'commitments', 'guide:notary', 'badge:a', 'badge:b', 'notice:a']);
  });
});

describe('content keys', () => {
  it.each(['station', 'commitments', 'guide:legal-aid', 'badge:sample-window', 'notice:3f2a9c1b'])('accepts %s', (key) =>
    expect(CONTENT_KEY.test(key)).toBe(true),
  );
  it.each(['guide:other', 'badge:', 'notice:UPPER', 'staff:demo-admin', 'badge:../x'])('refuses %s', (key) => expect(CONTENT_KEY.test(key)).toBe(false));
  it('reads the kind from the key', () => expect(kindOfKey('badge:sample-window')).toBe('badge'));
});

describe('staffName', () => {
  it('signs with the staff member’s name and refuses anyone else', () => {
    expect(staffName({ kind: 'staff', openid: 'o', staffId: 's', name: '示例·赵某', roles: ['admin'] })).toBe('示例·赵某');
    expect(() => staffName({ kind: 'resident', openid: 'o' })).toThrow('您没有权限进行这项操作');
  });
});

describe('auditEvent', () => {
  it('records staff by id and name, drops absent fields, and gives each event its own id', () => {
    const actor: Actor = { kind: 'staff', openid: 'o', staffId: 'staff:demo-admin', name: '示例·赵某', roles: ['admin'] };
    const a = auditEvent({ at: 1, actor, subject: 'calendar:2026-12-01', action: 'calendar.remove', from: { working: false } });
    const b = auditEvent({ at: 1, actor, subject: 'calendar:2026-12-01', action: 'calendar.remove' });
    expect(a).toEqual({ _id: a._id, at: 1, actor: { staffId: 'staff:demo-admin', name: '示例·赵某' }, subject: 'calendar:2026-12-01', action: 'calendar.remove', from: { working: false } });
    expect(b).not.toHaveProperty('from');
    expect(a._id).not.toBe(b._id);
  });
});
