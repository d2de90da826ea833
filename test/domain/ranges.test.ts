import { hm, intersect, overlaps, rangeOf, split, subtract } from '../../src/domain/ranges';

describe('minute ranges', () => {
  it('reads and writes HH:mm', () => {
    expect(rangeOf('09:00', '12:00')).toEqual({ from: 540, to: 720 });
    expect(hm(810)).toBe('13:30');
    expect(hm(65)).toBe('01:05');
  });
  it('refuses an empty or reversed range', () => {
    expect(() => rangeOf('12:00', '12:00')).toThrow(RangeError);
    expect(() => rangeOf('13:00', '12:00')).toThrow(RangeError);
  });
  it('treats touching ends as not overlapping (half-open ranges)', () => {
    expect(overlaps({ from: 540, to: 570 }, { from: 570, to: 600 })).toBe(false);
    expect(overlaps({ from: 540, to: 571 }, { from: 570, to: 600 })).toBe(true);
  });
  it('intersects to the common part, or null', () => {
    expect(intersect({ from: 540, to: 720 }, { from: 600, to: 900 })).toEqual({ from: 600, to: 720 });
    expect(intersect({ from: 540, to: 720 }, { from: 720, to: 900 })).toBeNull();
  });
  it('subtracting the lunch break leaves the two sessions', () => {
    expect(subtract([rangeOf('09:00', '17:00')], rangeOf('12:00', '13:30'))).toEqual([rangeOf('09:00', '12:00'), rangeOf('13:30', '17:00')]);
  });
  it('subtracting a cut that covers a range removes it, and leaves others alone', () => {
    expect(subtract([rangeOf('09:00', '10:00'), rangeOf('11:00', '12:00')], rangeOf('08:00', '10:30'))).toEqual([rangeOf('11:00', '12:00')]);
  });
  it('splits into whole pieces and drops a short remainder', () => {
    expect(split([rangeOf('13:30', '17:00')], 45).map((r) => hm(r.from))).toEqual(['13:30', '14:15', '15:00', '15:45']);
    expect(() => split([rangeOf('09:00', '10:00')], 0)).toThrow(RangeError);
  });
});
