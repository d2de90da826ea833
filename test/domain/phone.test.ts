import { checkPhone, phoneProblem } from '../../src/domain/phone';

describe('the one phone rule', () => {
  it.each([
    ['13812345678', '13812345678', 'mobile'],
    ['138 1234 5678', '13812345678', 'mobile'],
    ['+86 139-0000-1111', '13900001111', 'mobile'],
    ['１３８１２３４５６７８', '13812345678', 'mobile'],
    ['0791-83280002', '0791-83280002', 'landline'],
    ['079183280002', '0791-83280002', 'landline'],
    ['（0791）83280001', '0791-83280001', 'landline'],
    ['0791 8328 0001', '0791-83280001', 'landline'],
    ['010-62345678', '010-62345678', 'landline'],
    ['02152345678', '021-52345678', 'landline'],
    ['0797-8123456', '0797-8123456', 'landline'],
  ])('accepts %s as %s (%s), keeping every digit', (typed, phone, kind) => {
    expect(checkPhone(typed)).toEqual({ ok: true, phone, kind });
  });

  it('keeps all 12 digits of a landline with a 4-digit area code (never cut to 11)', () => {
    const r = checkPhone('0791-83280002');
    expect(r.ok && r.phone.replace(/\D/g, '')).toBe('079183280002');
  });

  it.each(['83280002', '1381234567', '138123456789', '0791-8328', '0791-0328000', '12ab', '+1 2025550123', '0791-832800021'])(
    'refuses %s', (typed) => expect(checkPhone(typed)).toEqual({ ok: false, reason: 'format' }));

  it('names the visible label in its message, and an empty optional field is fine', () => {
    expect(phoneProblem('您的电话', '0791-8328')).toBe('「您的电话」格式不对：请填写 11 位手机号，或带区号的座机号（如 0791-83280001）');
    expect(phoneProblem('您的电话', '')).toBeUndefined();
    expect(phoneProblem('您的电话', ' ', { required: true })).toBe('「您的电话」不能为空');
    expect(phoneProblem('您的电话', '0791-83280002')).toBeUndefined();
  });
});
