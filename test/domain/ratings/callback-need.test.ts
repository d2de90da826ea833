import { callbackReasons, isMandatory, isOverdue, isSampleChannel, mergeReasons, ratingNeedsCallback } from '../../../src/domain/ratings/callback-need';
import { callbackOutcome } from '../../../src/domain/ratings/callback-record';

const by = { staffId: 'staff:1', name: '示例·张某' };

describe('who needs a callback (rule 十二(四))', () => {
  it('calls back every 基本满意 and 不满意 rating, never a 满意 one', () => {
    expect(ratingNeedsCallback('basic')).toBe(true);
    expect(ratingNeedsCallback('unsatisfied')).toBe(true);
    expect(ratingNeedsCallback('satisfied')).toBe(false);
  });

  it('calls back every major case, even one rated 满意 or not rated at all', () => {
    expect(callbackReasons({ level: 'satisfied', major: true })).toEqual(['major']);
    expect(callbackReasons({ major: true })).toEqual(['major']);
    expect(callbackReasons({ level: null })).toEqual([]);
  });

  it('lists every reason in a fixed order', () => {
    expect(callbackReasons({ level: 'unsatisfied', major: true, sampled: true })).toEqual(['rating', 'major', 'sample']);
    expect(mergeReasons(['sample'], ['rating', 'sample'])).toEqual(['rating', 'sample']);
  });

  it('treats the sample as optional and every other reason as mandatory', () => {
    expect(isMandatory(['sample'])).toBe(false);
    expect(isMandatory(['sample', 'rating'])).toBe(true);
    expect(isMandatory([])).toBe(false);
  });

  it('samples hotline (phone) and online tickets only', () => {
    expect(['phone', 'online', 'walkIn', 'letter', 'mailbox', 'transferred', 'appointment'].filter(isSampleChannel)).toEqual(['phone', 'online']);
  });

  it('counts a task overdue when open past due or done late', () => {
    expect(isOverdue({ dueAt: 100, doneAt: null }, 101)).toBe(true);
    expect(isOverdue({ dueAt: 100, doneAt: null }, 100)).toBe(false);
    expect(isOverdue({ dueAt: 100, doneAt: 150 }, 101)).toBe(true);
    expect(isOverdue({ dueAt: null, doneAt: null }, 1e15)).toBe(false);
  });
});

describe('callbackOutcome (rule 十二(六)(七))', () => {
  it('records an unreachable try as an attempt, keeping the note', () => {
    expect(callbackOutcome({ method: 'phone', reached: false, note: ' 无人接听 ' }, by, 5)).toEqual({
      kind: 'attempt', attempt: { at: 5, by, method: 'phone', note: '无人接听' },
    });
  });

  it('asks a reached callback for progress, the view of the staff and whether satisfied now', () => {
    expect(callbackOutcome({ method: 'visit', reached: true }, by, 5)).toMatchObject({ kind: 'invalid', field: 'progress' });
    expect(callbackOutcome({ method: 'visit', reached: true, progress: '已调解' }, by, 5)).toMatchObject({ kind: 'invalid', field: 'staffView' });
    expect(callbackOutcome({ method: 'visit', reached: true, progress: '已调解', staffView: '态度好' }, by, 5)).toMatchObject({ kind: 'invalid', field: 'satisfiedNow' });
  });

  it('builds the record with empty opinions as null', () => {
    const out = callbackOutcome({ method: 'forum', reached: true, progress: '已办结', staffView: '耐心', satisfiedNow: false, opinions: '  ' }, by, 7);
    expect(out).toEqual({ kind: 'record', record: { method: 'forum', by, at: 7, progress: '已办结', staffView: '耐心', opinions: null, satisfiedNow: false, note: null } });
  });
});
