import { ageOn, homeVisitEligibility, maskCertNo, parseDisabilityCert } from '../../src/domain/eligibility';

const today = '2026-11-26';

describe('ageOn', () => {
  it('turns 70 on the 70th birthday, not the day before', () => {
    expect(ageOn('1956-11-26', today)).toBe(70);
    expect(ageOn('1956-11-27', today)).toBe(69);
  });
  it('counts a 29 February birthday as passed on 1 March of a common year', () => {
    expect(ageOn('1956-02-29', '2026-02-28')).toBe(69);
    expect(ageOn('1956-02-29', '2026-03-01')).toBe(70);
  });
  it('refuses malformed days', () => {
    expect(() => ageOn('1956-13-01', today)).toThrow(RangeError);
  });
});

describe('parseDisabilityCert', () => {
  it('reads category and level after the 18-character ID number', () => {
    expect(parseDisabilityCert('36012219500101123X42')).toEqual({ category: 4, level: 2, severe: true });
    expect(parseDisabilityCert('36012219500101123x11')).toEqual({ category: 1, level: 1, severe: true });
    expect(parseDisabilityCert('36012219500101123443')).toEqual({ category: 4, level: 3, severe: false });
  });
  it('refuses wrong lengths, unknown categories and levels', () => {
    expect(parseDisabilityCert('3601221950010112342')).toBeNull();
    expect(parseDisabilityCert('36012219500101123482')).toBeNull();
    expect(parseDisabilityCert('36012219500101123415')).toBeNull();
  });
});

describe('homeVisitEligibility', () => {
  it('accepts a resident aged 75 and records the age', () => {
    expect(homeVisitEligibility({ basis: 'age70', birthDate: '1951-03-15' }, today)).toEqual({ eligible: true, basis: 'age70', age: 75 });
  });
  it('accepts someone who turns 70 today', () => {
    expect(homeVisitEligibility({ basis: 'age70', birthDate: '1956-11-26' }, today)).toMatchObject({ eligible: true, age: 70 });
  });
  it('refuses a 69-year-old with the age and the phone 0791-83280001', () => {
    const r = homeVisitEligibility({ basis: 'age70', birthDate: '1956-11-27' }, today);
    expect(r).toMatchObject({ eligible: false, invalid: false, field: 'birthDate' });
    if (r.eligible) throw new Error('unreachable');
    expect(r.message).toContain('69 岁');
    expect(r.message).toContain('0791-83280001');
  });
  it('treats a missing or future birth date as a form error, not a refusal', () => {
    expect(homeVisitEligibility({ basis: 'age70' }, today)).toMatchObject({ eligible: false, invalid: true, field: 'birthDate' });
    expect(homeVisitEligibility({ basis: 'age70', birthDate: '2030-01-01' }, today)).toMatchObject({ invalid: true });
  });
  it('accepts a level-1 or level-2 certificate as 重度残疾', () => {
    expect(homeVisitEligibility({ basis: 'severeDisability', disabilityCertNo: '36012219800101123X42' }, today)).toEqual({ eligible: true, basis: 'severeDisability', level: 2 });
  });
  it('refuses a level-3 certificate with the phone to call', () => {
    const r = homeVisitEligibility({ basis: 'severeDisability', disabilityCertNo: '36012219800101123443' }, today);
    expect(r).toMatchObject({ eligible: false, invalid: false, field: 'disabilityCertNo' });
    if (r.eligible) throw new Error('unreachable');
    expect(r.message).toContain('三级');
    expect(r.message).toContain('0791-83280001');
  });
  it('asks for the certificate number when missing or malformed', () => {
    expect(homeVisitEligibility({ basis: 'severeDisability' }, today)).toMatchObject({ invalid: true, field: 'disabilityCertNo' });
    expect(homeVisitEligibility({ basis: 'severeDisability', disabilityCertNo: '123' }, today)).toMatchObject({ invalid: true });
  });
  it('masks the middle of a certificate number', () => {
    expect(maskCertNo('36012219500101123X42')).toBe('3601************3X42');
  });
});

describe('home visits registered from a phone call (rule 一(四)3: booked by phone)', () => {
  it('takes the age or the certificate level as the caller told it, by the same rule', () => {
    expect(homeVisitEligibility({ basis: 'age70', statedAge: 78 }, '2026-11-26')).toEqual({ eligible: true, basis: 'age70', age: 78 });
    expect(homeVisitEligibility({ basis: 'age70', statedAge: 69 }, '2026-11-26')).toMatchObject({ eligible: false, invalid: false, field: 'age' });
    expect(homeVisitEligibility({ basis: 'severeDisability', statedLevel: 1 }, '2026-11-26')).toEqual({ eligible: true, basis: 'severeDisability', level: 1 });
    expect(homeVisitEligibility({ basis: 'severeDisability', statedLevel: 3 }, '2026-11-26')).toMatchObject({ eligible: false, invalid: false, field: 'disabilityLevel' });
  });

  it('lets a birth date given win over the age told', () => {
    expect(homeVisitEligibility({ basis: 'age70', birthDate: '1970-01-01', statedAge: 80 }, '2026-11-26')).toMatchObject({ eligible: false, field: 'birthDate' });
  });
});
