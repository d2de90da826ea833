import { toSubscribeMessage, INBOX_PAGE } from '../../../src/server/notify/message';
import { clip, formatBeijing } from '../../../src/server/notify/format';
import type { OutboxDoc } from '../../../src/server/outbox';

const msg: OutboxDoc = {
  _id: 'k', recipient: { openid: 'o1' }, recipientKey: 'openid:o1', purpose: 'p',
  title: '超期督办：关于窗口工作人员服务态度的投诉答复', body: '「投诉答复」已于 2025年10月14日 17:00 到期仍未办结，请督办或重新交办。',
  createdAt: Date.parse('2025-10-14T09:00:00Z'), state: 'pending', attempts: 0, nextAttemptAt: 0,
};

describe('toSubscribeMessage', () => {
  it('fills thing1/time2/thing3 within WeChat\'s 20-character limit and opens the home page by default', () => {
    const m = toSubscribeMessage(msg, 'T1', 'o1');
    expect(m).toMatchObject({ touser: 'o1', templateId: 'T1', page: INBOX_PAGE });
    expect(Array.from(m.data.thing1.value)).toHaveLength(20);
    expect(m.data.thing1.value.endsWith('…')).toBe(true);
    expect(m.data.time2.value).toBe('2025年10月14日 17:00');
  });

  it('uses the due time when there is one, and the link as page', () => {
    const m = toSubscribeMessage({ ...msg, dueAt: Date.parse('2025-10-22T09:00:00Z'), link: 'pages/x/index?id=1' }, 'T1', 'o1');
    expect(m.data.time2.value).toBe('2025年10月22日 17:00');
    expect(m.page).toBe('pages/x/index?id=1');
  });
});

describe('formatBeijing and clip', () => {
  it('writes Beijing time whatever the machine zone, crossing midnight correctly', () => {
    expect(formatBeijing(Date.parse('2025-09-30T16:30:00Z'))).toBe('2025年10月1日 00:30');
  });

  it('leaves short text alone', () => {
    expect(clip('投诉答复')).toBe('投诉答复');
  });
});
