import { maskName, maskPhone } from '../../../src/domain/tickets/mask';

describe('masking for lists', () => {
  it('keeps the first 3 and last 4 digits of a mobile number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
  it('keeps the area code and last 4 digits of a landline', () => {
    expect(maskPhone('0791-83280001')).toBe('0791-****0001');
  });
  it('keeps only the last digits of other numbers', () => {
    expect(maskPhone('079183280001')).toBe('********0001');
    expect(maskPhone('12348')).toBe('***48');
  });
  it('keeps the family name and hides the rest with at least two stars', () => {
    expect(maskName('陈大爷')).toBe('陈**');
    expect(maskName('王五')).toBe('王**');
    expect(maskName('欧阳小明')).toBe('欧***');
    expect(maskName('  ')).toBe('');
  });
});
