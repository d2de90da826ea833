import { parseObject } from '../../../src/server/gateway/body';

describe('parseObject', () => {
  it('accepts a JSON object', () => {
    expect(parseObject('{"action":"me","n":1}')).toEqual({ action: 'me', n: 1 });
  });

  it('refuses arrays, primitives, null, empty and broken JSON', () => {
    for (const text of ['[]', '1', '"x"', 'null', '', '{', 'undefined']) expect(parseObject(text)).toBeNull();
  });
});
