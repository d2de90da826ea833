import { may, relationOf, refusal, residentViewer, type MatterParties, type Viewer } from '../../../src/domain/access/matter';

const complaint: MatterParties = { ownerOpenid: 'o-complainant', handlerIds: ['s-handler'], respondentStaffId: 's-respondent', unitIds: [], restricted: true };
const consultation: MatterParties = { ownerOpenid: null, handlerIds: ['s-handler'], respondentStaffId: null, unitIds: ['u-court'], restricted: false };
const staff = (staffId: string, roles: Viewer['roles'] = ['staff'], unitIds: string[] = []): Viewer => ({ openid: `o-${staffId}`, staffId, roles, unitIds });

describe('the one matter access rule', () => {
  it('treats the person complained about as respondent even when they are the director', () => {
    expect(relationOf(staff('s-respondent', ['staff', 'director']), complaint)).toBe('respondent');
  });

  it.each(['see', 'seeContact', 'act', 'rate', 'callback'] as const)('refuses the respondent to %s the complaint', (intent) => {
    expect(may(staff('s-respondent'), complaint, intent)).toBe(false);
    expect(refusal(staff('s-respondent'), complaint, intent)).toContain('被投诉人');
  });

  it('lets the complainant see and rate their own complaint, but not act on it', () => {
    const me = residentViewer('o-complainant');
    expect(may(me, complaint, 'see')).toBe(true);
    expect(may(me, complaint, 'rate')).toBe(true);
    expect(may(me, complaint, 'act')).toBe(false);
  });

  it('never lets staff rate in place of a resident who can rate in the mini-program', () => {
    expect(may(staff('s-handler'), complaint, 'rate')).toBe(false);
    expect(refusal(staff('s-handler'), complaint, 'rate')).toContain('自己评价');
    expect(may(staff('s-handler'), consultation, 'rate')).toBe(true);
  });

  it('keeps a complaint\'s contact and callback from staff who do not handle it', () => {
    expect(may(staff('s-other'), complaint, 'seeContact')).toBe(false);
    expect(may(staff('s-other'), complaint, 'callback')).toBe(false);
    expect(may(staff('s-handler'), complaint, 'callback')).toBe(true);
    expect(may(staff('s-boss', ['staff', 'director']), complaint, 'callback')).toBe(true);
  });

  it('lets any station staff call back on an ordinary matter', () => {
    expect(may(staff('s-other'), consultation, 'callback')).toBe(true);
  });

  it('shows a unit liaison only the referrals of their own unit, never the contact', () => {
    expect(may(staff('s-liaison', ['unitLiaison'], ['u-court']), consultation, 'answerReferral')).toBe(true);
    expect(may(staff('s-liaison', ['unitLiaison'], ['u-court']), consultation, 'seeContact')).toBe(false);
    expect(may(staff('s-liaison', ['unitLiaison'], ['u-police']), consultation, 'see')).toBe(false);
  });

  it('shows another resident nothing', () => {
    expect(may(residentViewer('o-other'), complaint, 'see')).toBe(false);
  });
});
