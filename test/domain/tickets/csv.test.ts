import { csvField, toCsv } from '../../../src/domain/tickets/csv';

describe('CSV for Excel', () => {
  it('starts with a BOM and ends lines with CRLF', () => {
    expect(toCsv(['姓名', '电话'], [['陈某', '13812345678']])).toBe('\uFEFF姓名,电话\r\n陈某,13812345678\r\n');
  });
  it('quotes commas, quotes and line breaks', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    expect(csvField('一\n二')).toBe('"一\n二"');
  });
  it('defuses formulas and prints nothing for missing values', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(null)).toBe('');
  });
});
