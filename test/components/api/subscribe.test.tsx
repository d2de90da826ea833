import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { __reset } from '../doubles/taro';
import { buildTimeTemplates, requestSubscribe, SUBSCRIBE_PURPOSES } from '../../../src/api/subscribe';
import ComplaintPage from '../../../src/packages/resident/pages/complaint/index';
import { atFixedTime, settle } from '../support/clock';

const TEMPLATES = { deadlineWarning: 'T-WARN', deadlineOverdue: 'T-OVER', ticketReplied: 'T-REPLY' };
const cloudCalls = () => (Taro.cloud.callFunction as jest.Mock).mock.calls.map(([o]) => o.data);

/** A cloud that answers like the server: recordConsent, info.me, tickets.submit. */
function cloud() {
  (Taro.cloud.callFunction as jest.Mock).mockImplementation(async ({ name, data }: { name: string; data: { action: string; templateIds?: string[] } }) => {
    if (data.action === 'recordConsent') return { result: { ok: true, data: { counts: Object.fromEntries(data.templateIds!.map((t) => [t, 1])) } } };
    if (name === 'info' && data.action === 'me') return { result: { ok: true, data: { kind: 'resident', name: '示例·陈大爷' } } };
    return { result: { ok: false, error: { code: 'UNKNOWN_ACTION', message: '未知操作' } } };
  });
}

const answer = (a: Record<string, string>) =>
  (Taro.requestSubscribeMessage as jest.Mock).mockImplementationOnce(async () => ({ errMsg: 'requestSubscribeMessage:ok', ...a }));

const env = { ...process.env };
beforeEach(() => {
  __reset();
  (Taro.cloud.callFunction as jest.Mock).mockReset();
  (Taro.requestSubscribeMessage as jest.Mock).mockClear();
  process.env.TARO_ENV = 'weapp';
  process.env.TARO_APP_SUBSCRIBE_TEMPLATES = JSON.stringify(TEMPLATES);
  cloud();
});
afterEach(() => {
  process.env = { ...env };
});

describe('requestSubscribe', () => {
  it('opens WeChat\'s dialog synchronously, inside the tap: before anything is awaited or loaded', () => {
    void requestSubscribe(SUBSCRIBE_PURPOSES.deadlines);
    expect(Taro.requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['T-WARN', 'T-OVER'] });
    expect(Taro.cloud.callFunction).not.toHaveBeenCalled();
  });

  it("records only the accepted templates", async () => {
    answer({ 'T-WARN': 'accept', 'T-OVER': 'reject' });
    const out = await requestSubscribe(SUBSCRIBE_PURPOSES.deadlines);
    expect(out).toEqual({ asked: ['T-WARN', 'T-OVER'], accepted: ['T-WARN'] });
    expect(cloudCalls()).toEqual([{ action: 'recordConsent', templateIds: ['T-WARN'] }]);
  });

  it('records nothing when every template was rejected or banned', async () => {
    answer({ 'T-WARN': 'reject', 'T-OVER': 'ban' });
    expect(await requestSubscribe(SUBSCRIBE_PURPOSES.deadlines)).toEqual({ asked: ['T-WARN', 'T-OVER'], accepted: [] });
    expect(cloudCalls()).toEqual([]);
  });

  it('asks nothing when the build carries no template for the purposes', async () => {
    delete process.env.TARO_APP_SUBSCRIBE_TEMPLATES;
    expect(await requestSubscribe(SUBSCRIBE_PURPOSES.deadlines)).toEqual({ asked: [], accepted: [], skipped: 'no-template' });
    expect(Taro.requestSubscribeMessage).not.toHaveBeenCalled();
  });

  it('on H5 does nothing at all (no WeChat)', async () => {
    process.env.TARO_ENV = 'h5';
    expect(await requestSubscribe(SUBSCRIBE_PURPOSES.deadlines)).toEqual({ asked: [], accepted: [], skipped: 'not-weapp' });
    expect(Taro.requestSubscribeMessage).not.toHaveBeenCalled();
    expect(Taro.cloud.callFunction).not.toHaveBeenCalled();
  });

  it('reports a WeChat refusal in Chinese and records nothing', async () => {
    (Taro.requestSubscribeMessage as jest.Mock).mockImplementationOnce(async () => {
      throw { errMsg: 'requestSubscribeMessage:fail:20004 main switch switched off' };
    });
    const out = await requestSubscribe(SUBSCRIBE_PURPOSES.deadlines);
    expect(out.accepted).toEqual([]);
    expect(out.error?.message).toBe('您在微信设置中关闭了订阅消息，可在「设置-通知」中打开');
    expect(cloudCalls()).toEqual([]);
  });

  it('asks for at most 3 templates at once, one per distinct id', async () => {
    answer({});
    await requestSubscribe(['a', 'b', 'c', 'd', 'e'], { a: 'T1', b: 'T2', c: 'T2', d: 'T3', e: 'T4' });
    expect(Taro.requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['T1', 'T2', 'T3'] });
  });

  it('reads the build-time table from TARO_APP_SUBSCRIBE_TEMPLATES, ignoring anything malformed', () => {
    expect(buildTimeTemplates('{"deadlineLate":"T-LATE","x":3,"y":""}')).toEqual({ deadlineLate: 'T-LATE' });
    expect(buildTimeTemplates('not json')).toEqual({});
    expect(buildTimeTemplates('[1]')).toEqual({});
  });
});

describe('where residents submit', () => {
  atFixedTime();

  it('the 「提交投诉」 tap opens WeChat\'s dialog at once, asking for the reply, the result and 「办理超期说明」', async () => {
    process.env.TARO_APP_SUBSCRIBE_TEMPLATES = JSON.stringify({ ticketReply: 'T-REPLY', ticketClosed: 'T-DONE', deadlineLate: 'T-LATE', ticketDelay: 'T-LATE' });
    render(<ComplaintPage />);
    await settle();
    fireEvent.change(screen.getByLabelText('1. 发生了什么事？'), { target: { value: '办事的人态度很差' } });
    fireEvent.click(screen.getByRole('radio', { name: /态度差、说话难听/ }));
    fireEvent.change(screen.getByLabelText('您的姓名'), { target: { value: '陈大爷' } });
    fireEvent.change(screen.getByLabelText('您的电话'), { target: { value: '13912345678' } });
    act(() => {
      fireEvent.click(screen.getByText('提交投诉'));
    });
    // synchronously within the click: nothing was awaited before WeChat was asked
    expect(Taro.requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['T-REPLY', 'T-DONE', 'T-LATE'] });
    await settle();
  });
});
