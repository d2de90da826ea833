import { identityFromCall, looksLikeTimerEvent, withoutPlatformFields } from '../../../src/server/runtime/cloudbase-identity';

const timerEvent = { Type: 'Timer', TriggerName: 'schedulerTimer', Time: '2025-10-09T01:00:00Z', Message: '' };

describe('CloudBase identity', () => {
  it("takes the caller's OPENID from the platform context", () => {
    expect(identityFromCall({ action: 'me' }, { WX_OPENID: 'oAbc123' })).toEqual({ openid: 'oAbc123' });
  });

  it('treats an empty OPENID as anonymous', () => {
    expect(identityFromCall({ action: 'me' }, { WX_OPENID: '' })).toEqual({ openid: null });
    expect(identityFromCall({ action: 'me' }, {})).toEqual({ openid: null });
  });

  it('ignores an openid sent in the payload', () => {
    expect(identityFromCall({ action: 'me', openid: 'demo-admin', OPENID: 'demo-admin' }, {})).toEqual({ openid: null });
  });

  it('maps a timer trigger call to the system trigger identity', () => {
    expect(identityFromCall(timerEvent, { TRIGGER_SRC: 'timer' })).toEqual({ openid: null, trigger: true });
    expect(identityFromCall({ ...timerEvent, Type: 'timer' }, {})).toEqual({ openid: null, trigger: true });
  });

  it('does not let a WeChat user pose as a timer with a timer-shaped payload', () => {
    expect(identityFromCall(timerEvent, { WX_OPENID: 'oAbc123' })).toEqual({ openid: 'oAbc123' });
  });

  it('does not let a web user (CloudBase uid, no OPENID) pose as a timer', () => {
    expect(identityFromCall(timerEvent, { TCB_UUID: 'u-1' })).toEqual({ openid: null });
  });

  it('does not take a timer-shaped payload as a timer when the platform names another source', () => {
    expect(identityFromCall(timerEvent, { TRIGGER_SRC: 'tcb' })).toEqual({ openid: null });
  });

  it('recognises the timer event shape only', () => {
    expect(looksLikeTimerEvent(timerEvent)).toBe(true);
    expect(looksLikeTimerEvent({ Type: 'Timer' })).toBe(false);
    expect(looksLikeTimerEvent({ action: 'tick' })).toBe(false);
    expect(looksLikeTimerEvent(null)).toBe(false);
  });
});

describe('withoutPlatformFields', () => {
  it('drops the userInfo WeChat injects into a mini-program call', () => {
    expect(withoutPlatformFields({ action: 'me', userInfo: { appId: 'wx1', openId: 'o1' } })).toEqual({ action: 'me' });
  });

  it('leaves other events untouched', () => {
    const event = { action: 'guide', key: 'guide:notary' };
    expect(withoutPlatformFields(event)).toBe(event);
    expect(withoutPlatformFields(null)).toBeNull();
    expect(withoutPlatformFields([1])).toEqual([1]);
  });
});
