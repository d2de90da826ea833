import { z } from 'zod';
import { closedObject, isRealYmd, text, ymd } from '../../../src/server/content/schema-kit';

describe('isRealYmd', () => {
  it.each(['2026-01-01', '2028-02-29', '2000-02-29', '2026-12-31'])('accepts %s', (d) => expect(isRealYmd(d)).toBe(true));
  it.each(['2026-02-29', '2100-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-1-1', '2026/01/01', '1999-12-31', ''])(
    'refuses %s',
    (d) => expect(isRealYmd(d)).toBe(false),
  );
});

describe('ymd', () => {
  it('keeps its Chinese message for a date that does not exist', () => {
    const res = ymd('日期').safeParse('2026-02-30');
    expect(!res.success && res.error.issues[0].message).toBe('不是有效的日期（格式：2026-10-01）');
  });
});

describe('text', () => {
  it('trims, and counts the limit in characters', () => {
    expect(text('标题', 3).parse('  端午节 ')).toBe('端午节');
    expect(text('标题', 3).safeParse('端午节放假').success).toBe(false);
  });
});

describe('closedObject', () => {
  const schema = closedObject({ a: z.string(), inner: closedObject({ b: z.number() }) });

  it('accepts exactly its fields and returns them', () => {
    expect(schema.parse({ a: 'x', inner: { b: 1 } })).toEqual({ a: 'x', inner: { b: 1 } });
  });

  it('names an unknown top-level field as the path of the error', () => {
    const res = schema.safeParse({ a: 'x', inner: { b: 1 }, extra: true });
    expect(!res.success && res.error.issues[0]).toMatchObject({ path: ['extra'], message: '是不认识的字段，请删去' });
  });

  it('names an unknown nested field, with a message that reads after the parent label', () => {
    const res = schema.safeParse({ a: 'x', inner: { b: 1, c: 2 } });
    expect(!res.success && res.error.issues[0]).toMatchObject({ path: ['inner', 'c'], message: '中的「c」是不认识的字段，请删去' });
  });
});
