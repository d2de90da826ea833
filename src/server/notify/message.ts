import type { SubscribeMessage } from '../ports/sender';
import type { OutboxDoc } from '../outbox/types';
import { clip, formatBeijing } from './format';

/**
 * The subscribe message for an outbox entry. Every template configured in `TEMPLATE_IDS` must
 * be picked in the WeChat console with these three keywords, in this order:
 * `thing1` 事项 (the title), `time2` 时间 (the due time, else when it was written),
 * `thing3` 备注 (the start of the body). The full text is always in the in-app inbox, which the
 * message opens (`page`, defaulting to {@link INBOX_PAGE}).
 *
 * @example
 * toSubscribeMessage(msg, 'T1', 'o1').data.thing1.value // '即将到期：投诉答复'
 */
export function toSubscribeMessage(msg: OutboxDoc, templateId: string, openid: string): SubscribeMessage {
  return {
    touser: openid,
    templateId,
    page: msg.link ?? INBOX_PAGE,
    data: {
      thing1: { value: clip(msg.title) },
      time2: { value: formatBeijing(msg.dueAt ?? msg.createdAt) },
      thing3: { value: clip(msg.body) },
    },
  };
}

/**
 * The page a message opens when its notification names none: the home page, which exists in
 * every build (WeChat rejects a page missing from app.json with errcode 41030). Point it at the
 * inbox page once the mini-program has one.
 */
export const INBOX_PAGE = 'pages/index/index';
