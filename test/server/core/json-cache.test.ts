import { keepJson, toJsonBytes } from '../../../src/server/core/json-cache';

describe('toJsonBytes', () => {
  const cases: unknown[] = [
    null, 1, 'x', [1, { a: 2 }],
    { ok: true, data: { a: 1, skip: undefined, nested: { b: [1, 2] } } },
    { ok: false, error: { code: 'VALIDATION', message: '「日期」格式不对', field: 'date' } },
    { ok: true, data: { when: new Date(0) } },
  ];
  it.each(cases.map((c) => [JSON.stringify(c), c]))('writes %s exactly as JSON.stringify does', (_, value) => {
    expect(toJsonBytes(value).toString()).toBe(JSON.stringify(value));
  });

  it('splices the stored text of a kept value inside a result', () => {
    const items = keepJson([{ key: 'station', title: '西山镇' }]);
    const body = { ok: true, data: { items, serverNow: 5 } };
    expect(toJsonBytes(body).toString()).toBe(JSON.stringify(body));
  });

  it('uses the text kept when the value was kept, which is why kept values are frozen', () => {
    const items = keepJson([{ n: 1 }]);
    expect(Object.isFrozen(items)).toBe(true);
    expect(() => (items as unknown as unknown[]).push(2)).toThrow();
  });
});
