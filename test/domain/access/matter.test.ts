import { contactLevel, handles, may, relationOf, refusal, residentViewer, type MatterParties, type Viewer } from '../../../src/domain/access/matter';

const complaint: MatterParties = { ownerOpenid: 'o-complainant', handlerIds: ['s-handler'], respondentStaffId: 's-respondent', unitIds: [], restricted: true };
const consultation: MatterParties = { ownerOpenid: null, handlerIds: ['s-handler'], respondentStaffId: null, unitIds: ['u-court'], restricted: false };
const staff = (staffId: string, roles: Viewer['roles'] = ['staff'], unitIds: string[] = []): Viewer => ({ openid: `o-${staffId}`, staffId, roles, unitIds });

describe('the one matter access rule', () => {
  it('treats the person complained about as respondent even when they are the director', () => {
    expect(relationOf(staff('s-respondent', ['staff', 'director']), complaint)).toBe('respondent');
  });

  it.each(['see', 'seeContact', 'act', 'amend', 'rate', 'recordRating', 'callback'] as const)('refuses the respondent to %s the complaint', (intent) => {
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
    expect(may(staff('s-handler'), complaint, 'recordRating')).toBe(false);
    expect(refusal(staff('s-handler'), complaint, 'recordRating')).toContain('自己评价');
    expect(may(staff('s-boss', ['staff', 'director']), complaint, 'recordRating')).toBe(false);
    expect(may(staff('s-handler'), consultation, 'recordRating')).toBe(true);
    expect(may(staff('s-handler'), consultation, 'rate')).toBe(false);
  });

  it('lets staff record the rating of a walk-in complaint only when they handle or supervise it', () => {
    const walkIn: MatterParties = { ...complaint, ownerOpenid: null };
    expect(may(staff('s-handler'), walkIn, 'recordRating')).toBe(true);
    expect(may(staff('s-boss', ['staff', 'director']), walkIn, 'recordRating')).toBe(true);
    expect(may(staff('s-other'), walkIn, 'recordRating')).toBe(false);
    expect(may(staff('s-respondent'), walkIn, 'recordRating')).toBe(false);
  });

  it('tells a self-recorded rating by whether the recorder handles the matter', () => {
    expect(handles(staff('s-handler'), consultation)).toBe(true);
    expect(handles(staff('s-other'), consultation)).toBe(false);
    expect(handles(residentViewer('o-complainant'), complaint)).toBe(false);
  });

  it('lets a staff member who booked for themselves rate and amend it as its owner, not act on it', () => {
    const booking: MatterParties = { ownerOpenid: 'o-s-clerk', handlerIds: [], respondentStaffId: null, unitIds: [], restricted: false };
    expect(may(staff('s-clerk'), booking, 'rate')).toBe(true);
    expect(may(staff('s-clerk'), booking, 'amend')).toBe(true);
    expect(may(staff('s-other'), booking, 'amend')).toBe(false);
  });

  it('lets any station staff take on a matter nobody handles, but only its handlers and supervisors act once it is handled', () => {
    const unhandled: MatterParties = { ...complaint, handlerIds: [] };
    expect(may(staff('s-other'), unhandled, 'act')).toBe(true);
    expect(may(staff('s-respondent'), unhandled, 'act')).toBe(false);
    expect(may(staff('s-other'), consultation, 'act')).toBe(false);
    expect(refusal(staff('s-other'), consultation, 'act', '示例·张某')).toBe('这件事由 示例·张某 经办，请联系经办人或工作站主任');
    expect(may(staff('s-handler'), consultation, 'act')).toBe(true);
    expect(may(staff('s-boss', ['staff', 'director']), consultation, 'act')).toBe(true);
  });

  it('gives the contact whole to handlers, masked to other staff, and nothing to the respondent or a liaison', () => {
    expect(contactLevel(staff('s-handler'), complaint)).toBe('full');
    expect(contactLevel(staff('s-other'), complaint)).toBe('masked');
    expect(contactLevel(staff('s-respondent', ['staff', 'director']), complaint)).toBe('none');
    expect(contactLevel(staff('s-liaison', ['unitLiaison'], ['u-court']), consultation)).toBe('none');
    expect(contactLevel(staff('s-other'), consultation)).toBe('full');
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

  describe('the archivist, keeper of the files (issue 15, rule 九)', () => {
    const archivist = staff('s-archivist', ['archivist']);
    const filed = (m: MatterParties): MatterParties => ({ ...m, inArchive: true });

    it('is a keeper: nobody to a matter outside the archive', () => {
      expect(relationOf(archivist, consultation)).toBe('keeper');
      expect(may(archivist, consultation, 'see')).toBe(false);
      expect(contactLevel(archivist, consultation)).toBe('none');
    });

    it('reads an archive item with the name whole and the phone masked, and never acts on the matter', () => {
      expect(may(archivist, filed(consultation), 'see')).toBe(true);
      expect(may(archivist, filed(consultation), 'seeName')).toBe(true);
      expect(may(archivist, filed(consultation), 'seeContact')).toBe(false);
      expect(contactLevel(archivist, filed(consultation))).toBe('name');
      for (const intent of ['act', 'amend', 'rate', 'recordRating', 'callback', 'answerReferral'] as const) expect(may(archivist, filed(consultation), intent)).toBe(false);
    });

    it('sees a filed complaint’s complainant only masked, like a colleague who does not handle it', () => {
      expect(contactLevel(archivist, filed(complaint))).toBe('masked');
    });

    it('never lets the person complained about reach the complainant, in the archive either', () => {
      expect(contactLevel(staff('s-respondent', ['archivist']), filed(complaint))).toBe('none');
      expect(contactLevel(staff('s-respondent', ['staff', 'director']), filed(complaint))).toBe('none');
    });

    it('leaves station staff who also keep the archive as station staff', () => {
      expect(relationOf(staff('s-both', ['staff', 'archivist']), consultation)).toBe('station');
      expect(contactLevel(staff('s-both', ['staff', 'archivist']), filed(consultation))).toBe('full');
    });
  });
});
