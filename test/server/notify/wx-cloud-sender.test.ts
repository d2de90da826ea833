import { createWxCloudSender, outcomeOf, subscribeSendOptions, SUBSCRIBE_SEND_API, type WxOpenApi } from '../../../src/server/notify/wx-cloud-sender';
import type { SubscribeMessage } from '../../../src/server/ports/sender';
import { cloudFunctionEnv, startCloudbaseDouble, type CloudbaseDouble } from '../../support/cloudbase-double';

const message: SubscribeMessage = {
  touser: 'o-resident',
  templateId: 'T-LATE',
  page: 'pages/index/index',
  data: { thing1: { value: '办理进度：投诉答复' }, time2: { value: '2025年10月14日 17:00' }, thing3: { value: '您的投诉答复已超过承诺时限…' } },
};

describe('createWxCloudSender through the real wx-server-sdk (cloud.openapi) against the CloudBase double', () => {
  let double: CloudbaseDouble;
  let openapi: WxOpenApi;
  const savedEnv = { ...process.env };
  beforeAll(async () => {
    double = await startCloudbaseDouble();
    Object.assign(process.env, cloudFunctionEnv(double));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const cloud = require('wx-server-sdk');
    cloud.init({ env: double.env, serviceUrl: double.serviceUrl, secretId: 'dummy-id', secretKey: 'dummy-key' });
    openapi = cloud.openapi;
  });
  afterAll(async () => {
    process.env = savedEnv;
    await double.close();
  });

  it('sends node-sdk action wx.openApi for subscribeMessage.send with a protobuf body in WeChat field names, and answers sent on errcode 0', async () => {
    expect(await createWxCloudSender(openapi).send(message)).toEqual({ sent: true });
    expect(double.requests.at(-1)).toEqual({ action: 'wx.openApi', transactionId: undefined });
    const call = double.openApiCalls.at(-1)!;
    expect(call.apiName).toBe(SUBSCRIBE_SEND_API);
    expect(call.apiType).toBe(0); // CommApiData.ApiType.OPEN_API
    expect(call.data).toEqual({
      touser: 'o-resident', template_id: 'T-LATE', page: 'pages/index/index', data: message.data, miniprogram_state: 'formal', lang: 'zh_CN',
    });
  });

  it('answers not retryable when the person refused the subscription (43101)', async () => {
    double.openApiAnswers.push({ errcode: 43101, errmsg: 'user refuse to accept the msg' });
    expect(await createWxCloudSender(openapi).send(message)).toEqual({ sent: false, retryable: false, reason: 'refused' });
  });

  it('answers retryable when WeChat is busy (-1)', async () => {
    double.openApiAnswers.push({ errcode: -1, errmsg: 'system error' });
    expect(await createWxCloudSender(openapi).send(message)).toEqual({ sent: false, retryable: true, reason: 'wx--1' });
  });

  it('answers retryable, without throwing, when CloudBase itself answers an error (e.g. no permission declared)', async () => {
    double.openApiAnswers.push({ code: 'PERMISSION_DENIED', message: 'openapi not in permissions' });
    expect(await createWxCloudSender(openapi).send(message)).toMatchObject({ sent: false, retryable: true });
  });
});

describe('createWxCloudSender when the call cannot be made', () => {
  it('answers a retryable failure instead of throwing', async () => {
    const openapi: WxOpenApi = { subscribeMessage: { send: async () => Promise.reject(new Error('connect ECONNREFUSED')) } };
    expect(await createWxCloudSender(openapi).send(message)).toEqual({ sent: false, retryable: true, reason: 'wx-no-answer' });
  });
});

describe('subscribeSendOptions and outcomeOf', () => {
  it('leaves out the page when the message has none, and sends the development state when asked', () => {
    const options = subscribeSendOptions({ ...message, page: undefined }, 'developer');
    expect(options).not.toHaveProperty('page');
    expect(options.miniprogramState).toBe('developer');
  });

  it('reads malformed data, bad template and bad page as final, anything unknown as retryable', () => {
    expect(outcomeOf({ errcode: 47003 })).toEqual({ sent: false, retryable: false, reason: 'bad-data' });
    expect(outcomeOf({ errcode: 40037 })).toEqual({ sent: false, retryable: false, reason: 'bad-template' });
    expect(outcomeOf({ errcode: 41030 })).toEqual({ sent: false, retryable: false, reason: 'bad-page' });
    expect(outcomeOf({ errcode: 45009 })).toEqual({ sent: false, retryable: true, reason: 'wx-45009' });
    expect(outcomeOf('garbage')).toEqual({ sent: false, retryable: true, reason: 'wx-no-answer' });
  });
});
