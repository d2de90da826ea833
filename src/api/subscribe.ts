import Taro from '@tarojs/taro';
import { callFunction } from './call';
import type { ApiError } from './types';

/** Purposes (keys of the server's template table) a screen may ask consent for. */
export const SUBSCRIBE_PURPOSES = {
  /** Staff: 即将到期 and 已超期 reminders of deadline clocks. */
  deadlines: ['deadlineWarning', 'deadlineOverdue'],
  /** Residents: their matter runs late. */
  residentLate: ['deadlineLate'],
} as const;

/** WeChat asks for at most 3 templates in one consent dialog. */
const MAX_PER_REQUEST = 3;

export interface SubscribeOutcome {
  /** Template ids shown in WeChat's dialog. */
  asked: string[];
  /** Those the person accepted, and that were counted on the server. */
  accepted: string[];
  /** Why nothing was asked: not in WeChat (H5), or no template configured for these purposes. */
  skipped?: 'not-weapp' | 'no-template';
  error?: ApiError | { code: 'WECHAT'; message: string };
}

let templates: Promise<Record<string, string>> | null = null;

/**
 * Loads the purpose → template id table (`inbox.templates`) once. Call it when a screen opens,
 * so the tap that asks for consent does not wait for the network first (WeChat only shows the
 * dialog from a tap). Does nothing off WeChat.
 * @example useEffect(() => { void prepareSubscribe(); }, []);
 */
export function prepareSubscribe(): Promise<Record<string, string>> {
  if (process.env.TARO_ENV !== 'weapp') return Promise.resolve({});
  templates ??= callFunction<{ templates: Record<string, string> }>('inbox', { action: 'templates' }).then((res) => {
    if (res.ok) return res.data.templates;
    templates = null; // try again next time
    return {};
  });
  return templates;
}

/** Forgets the loaded template table (tests). */
export function resetSubscribe(): void {
  templates = null;
}

/** The template ids of some purposes, deduplicated, at most 3. */
function idsFor(table: Record<string, string>, purposes: readonly string[]): string[] {
  return [...new Set(purposes.map((p) => table[p]).filter((id): id is string => Boolean(id)))].slice(0, MAX_PER_REQUEST);
}

/**
 * Asks for one-time subscribe consent (WeChat's dialog) for the purposes of a screen, then tells
 * the server which templates were accepted (`inbox.recordConsent`): each acceptance is one message
 * the station may send. Call it FROM A TAP handler (e.g. 「接收到期提醒」, or the 「提交」 button,
 * before submitting) and call `prepareSubscribe()` when the page opens. On H5 there is no WeChat:
 * it asks nothing and returns `{ skipped: 'not-weapp' }`; messages still reach the in-app inbox.
 * Never throws.
 *
 * @example
 * const out = await requestSubscribe(SUBSCRIBE_PURPOSES.deadlines);
 * if (out.accepted.length) toast('已开启提醒');
 */
export async function requestSubscribe(purposes: readonly string[]): Promise<SubscribeOutcome> {
  if (process.env.TARO_ENV !== 'weapp') return { asked: [], accepted: [], skipped: 'not-weapp' };
  const tmplIds = idsFor(await prepareSubscribe(), purposes);
  if (tmplIds.length === 0) return { asked: [], accepted: [], skipped: 'no-template' };
  let answer: Record<string, unknown>;
  try {
    answer = (await Taro.requestSubscribeMessage({ tmplIds } as Taro.requestSubscribeMessage.Option)) as unknown as Record<string, unknown>;
  } catch (err) {
    return { asked: tmplIds, accepted: [], error: { code: 'WECHAT', message: wechatMessage(err) } };
  }
  const accepted = tmplIds.filter((id) => answer[id] === 'accept');
  if (accepted.length === 0) return { asked: tmplIds, accepted };
  const res = await callFunction<{ counts: Record<string, number> }>('inbox', { action: 'recordConsent', templateIds: accepted });
  return res.ok ? { asked: tmplIds, accepted } : { asked: tmplIds, accepted: [], error: res.error };
}

/** A refusal from WeChat (switched off in settings, not from a tap) in words. */
function wechatMessage(err: unknown): string {
  const msg = (err as { errMsg?: string })?.errMsg ?? '';
  if (/switched off|20004/.test(msg)) return '您在微信设置中关闭了订阅消息，可在「设置-通知」中打开';
  return '没有开启提醒，请稍后再试';
}
