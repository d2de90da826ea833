import type { SendOutcome, SubscribeMessage, SubscribeSender } from '../ports/sender';

/** The part of the `@cloudbase/node-sdk` app this sender uses (`tcb.init(...)` returns it). */
export interface WxOpenApiApp {
  callWxOpenApi(options: { apiName: string; requestData: unknown }): Promise<{ result?: unknown; code?: string; message?: string }>;
}

/** The WeChat open API the sender calls (subscribeMessage.send). */
export const SUBSCRIBE_SEND_API = '/cgi-bin/message/subscribe/send';

export type MiniprogramState = 'developer' | 'trial' | 'formal';

/**
 * The request for WeChat's subscribeMessage.send, in WeChat's own field names.
 *
 * @example
 * subscribeSendRequest({ touser: 'o1', templateId: 'T1', data: { thing1: { value: '投诉答复' } } })
 * // { apiName: '/cgi-bin/message/subscribe/send', requestData: { touser: 'o1', template_id: 'T1', … } }
 */
export function subscribeSendRequest(message: SubscribeMessage, state: MiniprogramState = 'formal') {
  const requestData: Record<string, unknown> = {
    touser: message.touser,
    template_id: message.templateId,
    data: message.data,
    miniprogram_state: state,
    lang: 'zh_CN',
  };
  if (message.page) requestData.page = message.page;
  return { apiName: SUBSCRIBE_SEND_API, requestData };
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
 * What WeChat's answer means for the outbox: errcode 0 → sent; a refusal or a malformed message
 * → not retryable; anything else (system busy -1, rate limit 45009, token trouble) → retry.
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
 * Sends subscribe messages through the CloudBase SDK's WeChat open API call (`wx.api`), which
 * needs `"permissions": { "openapi": ["subscribeMessage.send"] }` in the function's config.json.
 * A thrown SDK or network error is a retryable failure, never a throw.
 *
 * @example
 * const sender = createCloudbaseSender(tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }));
 * await sender.send({ touser: 'o1', templateId: 'T1', data: { … } }) // { sent: true }
 */
export function createCloudbaseSender(app: WxOpenApiApp, state: MiniprogramState = 'formal'): SubscribeSender {
  return {
    async send(message) {
      try {
        const res = await app.callWxOpenApi(subscribeSendRequest(message, state));
        if (res.code) return { sent: false, retryable: true, reason: `tcb-${res.code}` };
        return outcomeOf(res.result);
      } catch (err) {
        const code = (err as { code?: unknown })?.code;
        return { sent: false, retryable: true, reason: typeof code === 'string' ? `tcb-${code}` : 'network' };
      }
    },
  };
}
