import Taro from '@tarojs/taro';
import { callFunction } from './call';
import type { ApiError } from './types';

/** Purposes (keys of the server's template table) a screen may ask consent for. */
export const SUBSCRIBE_PURPOSES = {
  /** Staff: 即将到期 and 已超期 reminders of deadline clocks. */
  deadlines: ['deadlineWarning', 'deadlineOverdue'],
  /** Residents: their matter runs late (「办理超期说明」, sent by the scheduler). */
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

/**
 * The purpose → template id table, fixed when the mini-program is built: the JSON of
 * `TARO_APP_SUBSCRIBE_TEMPLATES` (.env.production), the same JSON as the functions' `TEMPLATE_IDS`.
 * Known at build time so a tap can open WeChat's dialog at once — nothing to load first.
 * @example buildTimeTemplates('{"deadlineLate":"T-LATE"}') // { deadlineLate: 'T-LATE' }
 */
export function buildTimeTemplates(raw: string | undefined = process.env.TARO_APP_SUBSCRIBE_TEMPLATES): Record<string, string> {
  if (!raw) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
  } catch {
    return {};
  }
}

/** The template ids of some purposes, in order, deduplicated, at most 3. */
function idsFor(table: Record<string, string>, purposes: readonly string[]): string[] {
  return [...new Set(purposes.map((p) => table[p]).filter((id): id is string => Boolean(id)))].slice(0, MAX_PER_REQUEST);
}

/**
 * Asks for one-time subscribe consent (WeChat's dialog) for the purposes of a screen, then tells
 * the server which templates were accepted (`inbox.recordConsent`): each acceptance is one message
 * the station may send. WeChat shows the dialog only from a tap, so this calls
 * `requestSubscribeMessage` SYNCHRONOUSLY, before anything is awaited: call it first thing in
 * the tap handler (before any `await` of your own) and await its promise afterwards.
 * On H5 there is no WeChat: it asks nothing and answers `{ skipped: 'not-weapp' }`; messages still
 * reach the in-app inbox. Never throws.
 *
 * @example
 * const onTap = async () => {
 *   const consent = requestSubscribe(SUBSCRIBE_PURPOSES.deadlines); // the dialog opens now, inside the tap
 *   const res = await submit();
 *   if ((await consent).accepted.length) toast('已开启提醒');
 * };
 */
export function requestSubscribe(purposes: readonly string[], table: Record<string, string> = buildTimeTemplates()): Promise<SubscribeOutcome> {
  if (process.env.TARO_ENV !== 'weapp') return Promise.resolve({ asked: [], accepted: [], skipped: 'not-weapp' });
  const tmplIds = idsFor(table, purposes);
  if (tmplIds.length === 0) return Promise.resolve({ asked: [], accepted: [], skipped: 'no-template' });
  let dialog: Promise<unknown>;
  try {
    dialog = Taro.requestSubscribeMessage({ tmplIds } as Taro.requestSubscribeMessage.Option);
  } catch (err) {
    dialog = Promise.reject(err);
  }
  return recordAnswer(dialog, tmplIds);
}

/** Waits for WeChat's answer and records the accepted templates on the server. */
async function recordAnswer(dialog: Promise<unknown>, tmplIds: string[]): Promise<SubscribeOutcome> {
  let answer: Record<string, unknown>;
  try {
    answer = ((await dialog) ?? {}) as Record<string, unknown>;
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
