import Taro from '@tarojs/taro';
import { __reset } from '../doubles/taro';
import { prepareSubscribe, requestSubscribe, resetSubscribe, SUBSCRIBE_PURPOSES } from '../../../src/api/subscribe';

const TEMPLATES = { deadlineWarning: 'T-WARN', deadlineOverdue: 'T-OVER', ticketReplied: 'T-REPLY' };
const cloudCalls = () => (Taro.cloud.callFunction as jest.Mock).mock.calls.map(([o]) => o.data);

/** A cloud that answers inbox.templates and inbox.recordConsent like the server. */
function cloud(templates: Record<string, string> = TEMPLATES) {
  (Taro.cloud.callFunction as jest.Mock).mockImplementation(async ({ data }: { data: { action: string; templateIds?: string[] } }) => {
    if (data.action === 'templates') return { result: { ok: true, data: { templates } } };
    if (data.action === 'recordConsent') return { result: { ok: true, data: { counts: Object.fromEntries(data.templateIds!.map((t) => [t, 1])) } } };
    return { result: { ok: false, error: { code: 'UNKNOWN_ACTION', message: '未知操作' } } };
  });
}

const answer = (a: Record<string, string>) =>
  (Taro.requestSubscribeMessage as jest.Mock).mockImplementationOnce(async () => ({ errMsg: 'requestSubscribeMessage:ok', ...a }));

const env = process.env.TARO_ENV;
beforeEach(() => {
  __reset();
  resetSubscribe();
  (Taro.cloud.callFunction as jest.Mock).mockReset();
  process.env.TARO_ENV = 'weapp';
});
afterEach(() => { process.env.TARO_ENV = env; });

describe('requestSubscribe', () => {
  it("asks WeChat for the screen's templates and records only the accepted ones", async () => {
    cloud();
    answer({ 'T-WARN': 'accept', 'T-OVER': 'reject' });
    const out = await requestSubscribe(SUBSCRIBE_PURPOSES.deadlines);
    expect(Taro.requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['T-WARN', 'T-OVER'] });
    expect(out).toEqual({ asked: ['T-WARN', 'T-OVER'], accepted: ['T-WARN'] });
    expect(cloudCalls()).toEqual([{ action: 'templates' }, { action: 'recordConsent', templateIds: ['T-WARN'] }]);
  });

  it('records nothing when every template was rejected or banned', async () => {
    cloud();
    answer({ 'T-WARN': 'reject', 'T-OVER': 'ban' });
    expect(await requestSubscribe(SUBSCRIBE_PURPOSES.deadlines)).toEqual({ asked: ['T-WARN', 'T-OVER'], accepted: [] });
    expect(cloudCalls()).toEqual([{ action: 'templates' }]);
  });

  it('loads the template table once, so a later tap goes straight to WeChat', async () => {
    cloud();
    await prepareSubscribe();
    answer({ 'T-REPLY': 'accept' });
    await requestSubscribe(['ticketReplied']);
    answer({ 'T-REPLY': 'accept' });
    await requestSubscribe(['ticketReplied']);
    expect(cloudCalls().filter((c) => c.action === 'templates')).toHaveLength(1);
    expect(cloudCalls().filter((c) => c.action === 'recordConsent')).toHaveLength(2);
  });

  it('asks nothing when no template is configured for the purposes', async () => {
    cloud({});
    expect(await requestSubscribe(SUBSCRIBE_PURPOSES.deadlines)).toEqual({ asked: [], accepted: [], skipped: 'no-template' });
    expect(Taro.requestSubscribeMessage).not.toHaveBeenCalled();
  });

  it('on H5 does nothing at all (no WeChat)', async () => {
    process.env.TARO_ENV = 'h5';
    cloud();
    expect(await requestSubscribe(SUBSCRIBE_PURPOSES.deadlines)).toEqual({ asked: [], accepted: [], skipped: 'not-weapp' });
    expect(Taro.requestSubscribeMessage).not.toHaveBeenCalled();
    expect(Taro.cloud.callFunction).not.toHaveBeenCalled();
  });

  it('reports a WeChat refusal in Chinese and records nothing', async () => {
    cloud();
    (Taro.requestSubscribeMessage as jest.Mock).mockImplementationOnce(async () => {
      throw { errMsg: 'requestSubscribeMessage:fail:20004 main switch switched off' };
    });
    const out = await requestSubscribe(SUBSCRIBE_PURPOSES.deadlines);
    expect(out.accepted).toEqual([]);
    expect(out.error?.message).toBe('您在微信设置中关闭了订阅消息，可在「设置-通知」中打开');
    expect(cloudCalls()).toEqual([{ action: 'templates' }]);
  });

  it('asks for at most 3 templates at once', async () => {
    cloud({ a: 'T1', b: 'T2', c: 'T3', d: 'T4' });
    answer({});
    await requestSubscribe(['a', 'b', 'c', 'd']);
    expect(Taro.requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['T1', 'T2', 'T3'] });
  });
});
