import { declineProblem, draftProblem, leadProblem, withLead } from '../../../src/domain/referrals/rules';
import { nextReferralStatus, nextUnitState, referralTransitions } from '../../../src/domain/referrals/status';

const draft = { content: '请调查核实并调处', dueDate: '2026-12-10', requirements: '依法依规，注意保护当事人隐私', units: [{ unitId: 'a', lead: true }] };

describe('the lead-unit rule (rule 七(三)2)', () => {
  it('with one unit, that unit is the lead whether or not it was ticked', () => {
    expect(leadProblem([{ unitId: 'a', lead: false }])).toBeNull();
    expect(withLead([{ unitId: 'a', lead: false }])).toEqual([{ unitId: 'a', lead: true }]);
  });
  it('with several units, exactly one leads', () => {
    expect(leadProblem([{ unitId: 'a', lead: true }, { unitId: 'b', lead: false }])).toBeNull();
    expect(leadProblem([{ unitId: 'a', lead: false }, { unitId: 'b', lead: false }])?.message).toBe('交办给多个单位时，请指定一个牵头单位');
    expect(leadProblem([{ unitId: 'a', lead: true }, { unitId: 'b', lead: true }])?.message).toBe('牵头单位只能有一个');
  });
  it('needs at least one unit, each once', () => {
    expect(leadProblem([])?.field).toBe('units');
    expect(leadProblem([{ unitId: 'a', lead: true }, { unitId: 'a', lead: false }])?.message).toBe('同一个承办单位只能选一次');
    expect(withLead([{ unitId: 'a', lead: true }, { unitId: 'b', lead: false }])).toEqual([{ unitId: 'a', lead: true }, { unitId: 'b', lead: false }]);
  });
});

describe('the three elements (rule 七(二)): none may be empty', () => {
  it('accepts a complete draft', () => expect(draftProblem(draft, '2026-11-26')).toBeNull());
  it.each([
    ['content', { content: '  ' }, '请填写交办内容（办什么事）'],
    ['dueDate', { dueDate: '' }, '请选择办理时限（什么时间完成）'],
    ['dueDate', { dueDate: '2026-11-25' }, '办理时限不能早于今天'],
    ['requirements', { requirements: '' }, '请填写办理要求（完成质量、注意事项）'],
  ])('names %s when it is missing or wrong', (field, patch, message) => {
    expect(draftProblem({ ...draft, ...patch }, '2026-11-26')).toEqual({ field, message });
  });
  it('a deadline of today is allowed', () => expect(draftProblem({ ...draft, dueDate: '2026-11-26' }, '2026-11-26')).toBeNull());
});

describe('a decline needs a written reason (rule 七(三)3)', () => {
  it('refuses a decline without a reason', () => {
    expect(declineProblem(false, undefined)).toEqual({ field: 'reason', message: '不予受理请写明原因' });
    expect(declineProblem(false, '   ')).not.toBeNull();
    expect(declineProblem(false, '不属于本单位管辖')).toBeNull();
    expect(declineProblem(true, undefined)).toBeNull();
  });
});

describe('the referral status table', () => {
  it('follows sent → accepted → in progress → result reported → closed', () => {
    expect(nextReferralStatus('sent', 'leadAccept')).toBe('accepted');
    expect(nextReferralStatus('accepted', 'progress')).toBe('inProgress');
    expect(nextReferralStatus('inProgress', 'result')).toBe('resultReported');
    expect(nextReferralStatus('resultReported', 'check')).toBe('closed');
    expect(nextReferralStatus('resultReported', 'return')).toBe('inProgress');
  });
  it('lets the director re-dispatch or close with guidance from every open status, and nothing leaves closed', () => {
    for (const from of ['sent', 'accepted', 'inProgress', 'resultReported', 'declined'] as const) {
      expect(nextReferralStatus(from, 'redispatch')).toBe('sent');
      expect(nextReferralStatus(from, 'closeWithGuidance')).toBe('closed');
    }
    expect(referralTransitions.closed).toEqual({});
  });
  it('refuses progress before the lead unit accepted', () => {
    expect(nextReferralStatus('sent', 'progress')).toBeNull();
    expect(nextReferralStatus('declined', 'result')).toBeNull();
  });
  it('lets a unit answer once', () => {
    expect(nextUnitState('sent', 'decline')).toBe('declined');
    expect(nextUnitState('accepted', 'decline')).toBeNull();
    expect(nextUnitState('declined', 'accept')).toBeNull();
  });
});
