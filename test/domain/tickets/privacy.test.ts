import { canSeeContact, isRespondent, mayAct } from '../../../src/domain/tickets/privacy';

const clerk = { staffId: 's-clerk', roles: ['staff' as const] };
const other = { staffId: 's-other', roles: ['staff' as const] };
const director = { staffId: 's-dir', roles: ['staff' as const, 'director' as const] };
const admin = { staffId: 's-admin', roles: ['staff' as const, 'admin' as const] };
const complaint = { type: 'complaint', assigneeId: 's-clerk', firstResponderId: 's-first', respondentStaffId: 's-resp' };

describe('who sees a complainant', () => {
  it('shows the contact to the assignee, the first responder, directors and admins', () => {
    expect(canSeeContact(clerk, complaint)).toBe(true);
    expect(canSeeContact({ staffId: 's-first', roles: ['staff'] }, complaint)).toBe(true);
    expect(canSeeContact(director, complaint)).toBe(true);
    expect(canSeeContact(admin, complaint)).toBe(true);
  });
  it('hides it from other staff', () => {
    expect(canSeeContact(other, complaint)).toBe(false);
  });
  it('hides it from the person complained about even when they are a director', () => {
    const aboutDirector = { ...complaint, respondentStaffId: 's-dir' };
    expect(isRespondent(director, aboutDirector)).toBe(true);
    expect(canSeeContact(director, aboutDirector)).toBe(false);
  });
  it('shows any staff member the contact of a consultation (they call people back)', () => {
    expect(canSeeContact(other, { ...complaint, type: 'consultation' })).toBe(true);
  });
});

describe('who acts on a ticket', () => {
  it('lets anyone but the respondent accept', () => {
    expect(mayAct(other, complaint, 'accept')).toBeNull();
    expect(mayAct({ staffId: 's-resp', roles: ['staff'] }, complaint, 'accept')).toContain('被投诉人');
  });
  it('lets the assignee and supervisors reply, not other staff', () => {
    expect(mayAct(clerk, complaint, 'reply')).toBeNull();
    expect(mayAct(director, complaint, 'reply')).toBeNull();
    expect(mayAct(other, complaint, 'reply', '示例·张某')).toBe('这件事由 示例·张某 经办，请联系经办人或工作站主任');
  });
  it('lets any staff member close a ticket nobody has taken yet', () => {
    expect(mayAct(other, { ...complaint, assigneeId: null }, 'close')).toBeNull();
  });
});
