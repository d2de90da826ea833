import { applyDelta, emptyTally, rateOf } from '../../../src/domain/ratings/tally';
import { percent, rowOf, tableCsv, totalsOf } from '../../../src/domain/ratings/table';

const tally = (deltas: Parameters<typeof applyDelta>[1][]) => deltas.reduce(applyDelta, emptyTally());

describe('tallies and the monthly table (rule 十二(八))', () => {
  const a = tally([
    { completed: 3, eligible: 2 },
    { rating: { level: 'satisfied', source: 'miniProgram' } },
    { rating: { level: 'unsatisfied', source: 'phone' } },
    { callbacksDue: 1, mandatoryDue: 1 },
    { callbacksDue: 1, sampleDrawn: 1 },
    { callbacksDone: 1, mandatoryDone: 1, callbacksDoneLate: 1 },
  ]);

  it('adds deltas without changing the input', () => {
    const base = emptyTally();
    applyDelta(base, { completed: 1 });
    expect(base.completed).toBe(0);
    expect(a.ratings).toEqual({ satisfied: 1, basic: 0, unsatisfied: 1 });
    expect(a.bySource).toEqual({ miniProgram: 1, windowDevice: 0, phone: 1 });
  });

  it('shows unrated items, overdue callbacks (late + open past due) and the rates', () => {
    const row = rowOf({ staffId: 's1', staffName: '示例·张某', typeKey: 'consultation', typeLabel: '法律咨询', tally: a, openOverdue: 1 });
    expect(row.unrated).toBe(1);
    expect(row.callbacks).toEqual({ due: 2, done: 1, overdue: 2 });
    expect(row.mandatory).toEqual({ due: 1, done: 1, rate: 1 });
    expect(row.sample).toEqual({ eligible: 2, drawn: 1, done: 0, rate: 0.5 });
  });

  it('sums rows into totals and has no rate where nothing was due', () => {
    const t = totalsOf([
      { staffId: 's1', staffName: 'A', typeKey: 'x', typeLabel: 'X', tally: a, openOverdue: 1 },
      { staffId: 's2', staffName: 'B', typeKey: 'x', typeLabel: 'X', tally: tally([{ completed: 2 }]), openOverdue: 0 },
    ]);
    expect(t).toMatchObject({ staffId: 'all', completed: 5, unrated: 3 });
    expect(rateOf(0, 0)).toBeNull();
    expect(percent(null)).toBe('—');
    expect(percent(2 / 3)).toBe('66.7%');
  });

  it('counts 本人登记 ratings apart from the ratings of the people served, and not as unrated', () => {
    const t = tally([{ completed: 3 }, { rating: { level: 'satisfied', source: 'windowDevice', selfRecorded: true } }, { rating: { level: 'basic', source: 'phone' } }]);
    const row = rowOf({ staffId: 's1', staffName: '示例·张某', typeKey: 'consultation', typeLabel: '法律咨询', tally: t, openOverdue: 0 });
    expect(row.ratings).toEqual({ satisfied: 0, basic: 1, unsatisfied: 0 });
    expect(row.selfRecorded).toEqual({ satisfied: 1, basic: 0, unsatisfied: 0 });
    expect(row.unrated).toBe(1);
    expect(row.bySource).toEqual({ miniProgram: 0, windowDevice: 1, phone: 1 });
    expect(tableCsv([row], row).split('\r\n')[1]).toBe('示例·张某,法律咨询,3,0,1,0,1（1/0/0）,1,0,1,1,0,0,0,0,0,—,0,0,0,—');
  });

  it('reads a tally stored before 本人登记 existed as having none', () => {
    const { selfRecorded: _gone, ...old } = tally([{ completed: 1 }]);
    const row = rowOf({ staffId: 's1', staffName: 'A', typeKey: 'x', typeLabel: 'X', tally: old as never, openOverdue: 0 });
    expect(row.selfRecorded).toEqual({ satisfied: 0, basic: 0, unsatisfied: 0 });
    expect(applyDelta(old as never, { rating: { level: 'basic', source: 'phone', selfRecorded: true } }).selfRecorded.basic).toBe(1);
  });

  it('exports CSV with a BOM, a header, one line per row and the totals last', () => {
    const row = rowOf({ staffId: 's1', staffName: '示例·张某', typeKey: 'consultation', typeLabel: '法律咨询', tally: a, openOverdue: 0 });
    const csv = tableCsv([row], totalsOf([{ ...row, tally: a, openOverdue: 0 }]));
    const lines = csv.split('\r\n');
    expect(csv.startsWith('\uFEFF工作人员,业务类型,办结件数')).toBe(true);
    expect(lines[1]).toBe('示例·张某,法律咨询,3,1,0,1,0,1,1,0,1,2,1,1,1,1,100.0%,2,1,0,50.0%');
    expect(lines[2].startsWith('合计,全部,3')).toBe(true);
  });
});
