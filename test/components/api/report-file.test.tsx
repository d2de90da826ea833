import Taro from '@tarojs/taro';
import { __reset } from '../doubles/taro';
import { documentType, openReportFile } from '../../../src/api/report-file';
import { setToken } from '../../../src/api/session';

const cloudAnswer = {
  file: { id: 'rpt_0123456789abcdef0123456789abcdef', name: '季度分析报告_2026-Q4.docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', url: 'https://env-1.tcb.qcloud.la/reports/2026-11-26/rpt_0123.docx?sign=abc&t=1', expiresAt: 0 },
};
const gatewayAnswer = { file: { ...cloudAnswer.file, url: '/api/report-files/rpt_0123456789abcdef0123456789abcdef' } };

const taro = Taro as unknown as Record<string, jest.Mock>;
beforeEach(() => {
  __reset();
  taro.downloadFile = jest.fn(() => Promise.resolve({ statusCode: 200, tempFilePath: 'wxfile://tmp/report.docx' }));
  taro.openDocument = jest.fn(() => Promise.resolve({ errMsg: 'openDocument:ok' }));
  (global as any).fetch = jest.fn(() => Promise.resolve({ ok: true, arrayBuffer: () => Promise.resolve(new ArrayBuffer(4)) }));
  (URL as any).createObjectURL = jest.fn(() => 'blob:1');
  (URL as any).revokeObjectURL = jest.fn();
});
afterEach(() => { delete process.env.TARO_ENV; });

describe('opening a report file', () => {
  it('downloads a temporary cloud URL on the phone and opens it as a document', async () => {
    process.env.TARO_ENV = 'weapp';
    expect(await openReportFile(cloudAnswer)).toBeNull();
    expect(taro.downloadFile).toHaveBeenCalledWith({ url: cloudAnswer.file.url });
    expect(taro.openDocument).toHaveBeenCalledWith({ filePath: 'wxfile://tmp/report.docx', fileType: 'docx', showMenu: true });
  });

  it('says the file expired when the temporary URL no longer answers, opening nothing', async () => {
    process.env.TARO_ENV = 'weapp';
    taro.downloadFile.mockResolvedValueOnce({ statusCode: 403, tempFilePath: '' });
    expect(await openReportFile(cloudAnswer)).toBe('文件已过期或不存在，请重新生成');
    expect(taro.openDocument).not.toHaveBeenCalled();
  });

  it('never sends the caller\'s session to a temporary URL in the browser, but does to the gateway', async () => {
    setToken('secret-session');
    expect(await openReportFile(cloudAnswer)).toBeNull();
    expect((fetch as jest.Mock).mock.calls[0]).toEqual([cloudAnswer.file.url, {}]);
    expect(await openReportFile(gatewayAnswer)).toBeNull();
    expect((fetch as jest.Mock).mock.calls[1]).toEqual([gatewayAnswer.file.url, { headers: { Authorization: 'Bearer secret-session' } }]);
  });

  it('opens Word, Excel and PDF by their ending', () => {
    expect([documentType('a.docx'), documentType('b.XLSX'), documentType('c.pdf')]).toEqual(['docx', 'xlsx', 'pdf']);
  });
});
