import type { SendOutcome, SubscribeMessage, SubscribeSender } from '../ports/sender';

/**
 * The part of `wx-server-sdk`'s `cloud.openapi` this sender uses. WeChat documents cloud calls
 * (云调用) this way: `cloud.openapi.subscribeMessage.send(...)` inside a function whose
 * config.json declares `"permissions": { "openapi": ["subscribeMessage.send"] }`.
 */
export interface WxOpenApi {
  subscribeMessage: { send(options: SubscribeSendOptions): Promise<unknown> };
}

export type MiniprogramState = 'developer' | 'trial' | 'formal';

/** `subscribeMessage.send`'s options in wx-server-sdk's camelCase (it sends them snake_case). */
export interface SubscribeSendOptions {
  touser: string;
  templateId: string;
  page?: string;
  data: Record<string, { value: string }>;
  miniprogramState: MiniprogramState;
  lang: 'zh_CN';
}

/** The open API the scheduler function must be allowed to call (its config.json `permissions.openapi`). */
export const SUBSCRIBE_SEND_API = 'subscribeMessage.send';

/**
 * The options for `cloud.openapi.subscribeMessage.send`.
 *
 * @example
 * subscribeSendOptions({ touser: 'o1', templateId: 'T1', data: { thing1: { value: '投诉答复' } } })
 * // { touser: 'o1', templateId: 'T1', data: {…}, miniprogramState: 'formal', lang: 'zh_CN' }
 */
export function subscribeSendOptions(message: SubscribeMessage, state: MiniprogramState = 'formal'): SubscribeSendOptions {
  const options: SubscribeSendOptions = { touser: message.touser, templateId: message.templateId, data: message.data, miniprogramState: state, lang: 'zh_CN' };
  if (message.page) options.page = message.page;
  return options;
}

/** errcodes that sending again cannot fix (bad openid/template/data/page, or the person refused). */
const FINAL_ERRCODES: Record<number, string> = {
  40003: 'bad-openid',
  40037: 'bad-template',
  41030: 'bad-page',
  43101: 'refused',
  47003: 'bad-data',
};

/**
 * What WeChat's errcode means for the outbox: 0 → sent; a refusal or a malformed message → not
 * retryable; anything else (system busy -1, rate limit 45009, CloudBase's own -50xxxx) → retry.
 *
 * @example outcomeOf({ errcode: 43101, errmsg: 'user refuse to accept the msg' }) // { sent: false, retryable: false, reason: 'refused' }
 */
export function outcomeOf(result: unknown): SendOutcome {
  const errcode = typeof result === 'object' && result !== null ? (result as { errcode?: unknown }).errcode : undefined;
  if (errcode === 0) return { sent: true };
  if (typeof errcode === 'number' && FINAL_ERRCODES[errcode]) return { sent: false, retryable: false, reason: FINAL_ERRCODES[errcode] };
  return { sent: false, retryable: true, reason: `wx-${typeof errcode === 'number' ? errcode : 'no-answer'}` };
}

/**
 * Sends subscribe messages the documented way, `cloud.openapi.subscribeMessage.send` of
 * wx-server-sdk. It answers `{ errCode: 0 }` on success and throws a CloudSDKError carrying WeChat's
 * errcode (or CloudBase's) otherwise; both become outcomes here, never a throw.
 *
 * @example
 * cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
 * await createWxCloudSender(cloud.openapi).send({ touser: 'o1', templateId: 'T1', data: { … } }) // { sent: true }
 */
export function createWxCloudSender(openapi: WxOpenApi, state: MiniprogramState = 'formal'): SubscribeSender {
  return {
    async send(message) {
      try {
        const res = (await openapi.subscribeMessage.send(subscribeSendOptions(message, state))) as { errCode?: unknown } | undefined;
        return outcomeOf({ errcode: typeof res?.errCode === 'number' ? res.errCode : 0 });
      } catch (err) {
        const code = (err as { errCode?: unknown })?.errCode;
        return outcomeOf({ errcode: typeof code === 'number' ? code : undefined });
      }
    },
  };
}
