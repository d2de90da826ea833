import { createWxacode, getUnlimitedOptions, WXACODE_API, type WxacodeCloud } from '../../../src/server/people/wxacode';
import { JOIN_PAGE } from '../../../src/domain/people';
import { cloudFunctionEnv, startCloudbaseDouble, type CloudbaseDouble } from '../../support/cloudbase-double';

/** The 8-byte PNG signature and an IHDR start: what WeChat's image answer begins with. */
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000001ae000001ae', 'hex');

describe('createWxacode through the real wx-server-sdk (cloud.openapi.wxacode.getUnlimited) against the CloudBase double', () => {
  let double: CloudbaseDouble;
  let openapi: WxacodeCloud['openapi'];
  const uploads: Array<{ cloudPath: string; fileContent: Buffer }> = [];
  const uploadFile: WxacodeCloud['uploadFile'] = async (o) => {
    uploads.push(o);
    return { fileID: `cloud://test-env.bucket/${o.cloudPath}` };
  };
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

  it('asks for wxacode.getUnlimited with the invitation code as scene and the join page, and stores the PNG WeChat answers', async () => {
    double.openApiAnswers.push({ contentType: 'image/png', bytes: PNG });
    const image = await createWxacode({ openapi, uploadFile }).imageFor({ scene: 'K7M2Q9TX', page: JOIN_PAGE });
    expect(image).toBe('cloud://test-env.bucket/invitations/K7M2Q9TX.png');
    expect(double.requests.at(-1)).toEqual({ action: 'wx.openApi', transactionId: undefined });
    const call = double.openApiCalls.at(-1)!;
    expect(call.apiName).toBe(WXACODE_API);
    expect(call.apiType).toBe(0);
    expect(call.data).toEqual({ scene: 'K7M2Q9TX', page: 'packages/people/pages/join/index', check_path: false, env_version: 'release', width: 430 });
    expect(uploads.at(-1)!.cloudPath).toBe('invitations/K7M2Q9TX.png');
    expect(uploads.at(-1)!.fileContent.equals(PNG)).toBe(true);
  });

  it('answers no image, and stores nothing, when WeChat refuses (e.g. 41030 page not published)', async () => {
    const before = uploads.length;
    double.openApiAnswers.push({ errcode: 41030, errmsg: 'invalid page' });
    expect(await createWxacode({ openapi, uploadFile }).imageFor({ scene: 'K7M2Q9TX', page: JOIN_PAGE })).toBeNull();
    expect(uploads).toHaveLength(before);
  });

  it('answers no image when CloudBase refuses the call (permission not declared)', async () => {
    double.openApiAnswers.push({ code: 'PERMISSION_DENIED', message: 'openapi not in permissions' });
    expect(await createWxacode({ openapi, uploadFile }).imageFor({ scene: 'K7M2Q9TX', page: JOIN_PAGE })).toBeNull();
  });
});

describe('createWxacode when storage fails', () => {
  it('answers no image instead of throwing', async () => {
    const cloud: WxacodeCloud = {
      openapi: { wxacode: { getUnlimited: async () => ({ contentType: 'image/png', buffer: PNG, errCode: 0 }) } },
      uploadFile: async () => Promise.reject(new Error('storage down')),
    };
    expect(await createWxacode(cloud).imageFor({ scene: 'K7M2Q9TX', page: JOIN_PAGE })).toBeNull();
  });

  it('sends the trial/develop version when asked', () => {
    expect(getUnlimitedOptions('K7M2Q9TX', JOIN_PAGE, 'trial').envVersion).toBe('trial');
  });
});
