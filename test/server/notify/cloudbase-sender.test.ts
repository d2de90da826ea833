import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as tcb from '@cloudbase/node-sdk';
import { createCloudbaseSender, outcomeOf, subscribeSendRequest, SUBSCRIBE_SEND_API } from '../../../src/server/notify/cloudbase-sender';
import type { SubscribeMessage } from '../../../src/server/ports/sender';

const message: SubscribeMessage = {
  touser: 'o-resident',
  templateId: 'T-LATE',
  page: 'pages/index/index',
  data: { thing1: { value: '办理进度：投诉答复' }, time2: { value: '2025年10月14日 17:00' }, thing3: { value: '您的投诉答复已超过承诺时限…' } },
};

/**
 * A stand-in for CloudBase's HTTP API answering only `wx.api` (the SDK's callWxOpenApi):
 * records each request body and answers with the next scripted WeChat result, or a
 * CloudBase-level error `{ code, message }`.
 */
async function startWxDouble() {
  const bodies: Array<Record<string, unknown>> = [];
  const answers: Array<Record<string, unknown>> = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      bodies.push(body);
      const answer = answers.shift() ?? { errcode: 0, errmsg: 'ok' };
      const payload = 'code' in answer ? { requestId: 'r', ...answer } : { requestId: 'r', data: { responseData: JSON.stringify(answer) } };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/admin`,
    bodies,
    answers,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('createCloudbaseSender through the real @cloudbase/node-sdk', () => {
  let double: Awaited<ReturnType<typeof startWxDouble>>;
  let app: ReturnType<typeof tcb.init>;
  const savedEnv = { ...process.env };
  beforeAll(async () => {
    // as inside a cloud function: no metadata probes, no keep-alive sockets left behind
    Object.assign(process.env, { TENCENTCLOUD_RUNENV: 'SCF', TENCENTCLOUD_REGION: 'ap-shanghai', SCF_NAMESPACE: 'test-env' });
    double = await startWxDouble();
    app = tcb.init({ env: 'test-env', serviceUrl: double.url, secretId: 'dummy-id', secretKey: 'dummy-key' });
  });
  afterAll(async () => {
    process.env = savedEnv;
    await double.close();
  });

  it('calls subscribeMessage.send through wx.api with WeChat field names, and answers sent on errcode 0', async () => {
    expect(await createCloudbaseSender(app).send(message)).toEqual({ sent: true });
    const body = double.bodies.at(-1)!;
    expect(body).toMatchObject({ action: 'wx.api', apiName: SUBSCRIBE_SEND_API, envName: 'test-env' });
    expect(JSON.parse(String(body.requestData))).toEqual({
      touser: 'o-resident', template_id: 'T-LATE', page: 'pages/index/index', data: message.data, miniprogram_state: 'formal', lang: 'zh_CN',
    });
  });

  it('answers not retryable when the person refused the subscription (43101)', async () => {
    double.answers.push({ errcode: 43101, errmsg: 'user refuse to accept the msg' });
    expect(await createCloudbaseSender(app).send(message)).toEqual({ sent: false, retryable: false, reason: 'refused' });
  });

  it('answers retryable when WeChat is busy (-1)', async () => {
    double.answers.push({ errcode: -1, errmsg: 'system error' });
    expect(await createCloudbaseSender(app).send(message)).toEqual({ sent: false, retryable: true, reason: 'wx--1' });
  });

  it('answers retryable, without throwing, when CloudBase itself answers an error', async () => {
    double.answers.push({ code: 'SYS_ERR', message: 'internal' });
    const outcome = await createCloudbaseSender(app).send(message);
    expect(outcome).toMatchObject({ sent: false, retryable: true });
  });
});

describe('createCloudbaseSender when CloudBase cannot be reached', () => {
  it('answers a retryable failure instead of throwing', async () => {
    const app = { callWxOpenApi: async () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })) };
    expect(await createCloudbaseSender(app).send(message)).toEqual({ sent: false, retryable: true, reason: 'tcb-ECONNREFUSED' });
  });
});

describe('subscribeSendRequest and outcomeOf', () => {
  it('leaves out the page when the message has none, and sends the development state when asked', () => {
    const { requestData } = subscribeSendRequest({ ...message, page: undefined }, 'developer');
    expect(requestData).not.toHaveProperty('page');
    expect(requestData.miniprogram_state).toBe('developer');
  });

  it('reads malformed data, bad template and bad page as final, anything unknown as retryable', () => {
    expect(outcomeOf({ errcode: 47003 })).toEqual({ sent: false, retryable: false, reason: 'bad-data' });
    expect(outcomeOf({ errcode: 40037 })).toEqual({ sent: false, retryable: false, reason: 'bad-template' });
    expect(outcomeOf({ errcode: 41030 })).toEqual({ sent: false, retryable: false, reason: 'bad-page' });
    expect(outcomeOf({ errcode: 45009 })).toEqual({ sent: false, retryable: true, reason: 'wx-45009' });
    expect(outcomeOf('garbage')).toEqual({ sent: false, retryable: true, reason: 'wx-no-answer' });
  });
});
