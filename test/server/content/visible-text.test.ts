import { optionalText, text, visibleText } from '../../../src/server/content/schema-kit';

describe('visibleText', () => {
  it('removes control characters and lone surrogates, keeps newlines, tabs and emoji joiners', () => {
    expect(visibleText(' 您好\u0000，请讲\u0007 ')).toBe('您好，请讲');
    expect(visibleText('第一行\n\t第二行')).toBe('第一行\n\t第二行');
    expect(visibleText('a\uD800b\uDC00c')).toBe('abc');
    expect(visibleText('👨\u200D👩\u200D👧')).toBe('👨\u200D👩\u200D👧');
  });

  it('is empty when nothing visible is left', () => {
    for (const raw of ['', '   ', '\u0000', '\u200B\u200C\u200D', '\uFEFF\u2060', '\u202E\u200F', '\u3164\u115F\u2800', '\uD83D', '\u00A0\u3000']) {
      expect([raw, visibleText(raw)]).toEqual([raw, '']);
    }
  });
});

describe('text and optionalText fields', () => {
  it('refuse invisible-only text as too small (不能为空) and keep the label', () => {
    const r = text('内容', 10).safeParse('\u200B\u0000');
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]).toMatchObject({ code: 'too_small', minimum: 1 });
    expect(text('内容', 10).description).toBe('内容');
  });

  it('count the length after cleaning', () => {
    expect(text('内容', 3).parse('\u0000abc\u0000')).toBe('abc');
    expect(text('内容', 3).safeParse('abcd').success).toBe(false);
  });

  it('optional text of only invisible characters means not given', () => {
    expect(optionalText('备注', 20).parse('\u200B\u0000')).toBeUndefined();
    expect(optionalText('备注', 20).parse(undefined)).toBeUndefined();
    expect(optionalText('备注', 20).parse(' 下午来 ')).toBe('下午来');
  });
});
