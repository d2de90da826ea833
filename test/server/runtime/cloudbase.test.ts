import { cloudbaseMain, type CloudbasePlatform } from '../../../src/server/runtime/cloudbase';
import type { CallContext } from '../../../src/server/runtime/cloudbase-identity';
import { bareRuntime, recordingFunction } from './fake-function';

/** A platform double: a fixed runtime and per-call context, no SDK. */
function fakePlatform(call: CallContext): CloudbasePlatform & { runtimeCalls: number } {
  const runtime = bareRuntime();
  const platform = {
    runtimeCalls: 0,
    runtime() {
      platform.runtimeCalls += 1;
      return runtime;
    },
    callContext: () => call,
  };
  return platform;
}

const timerEvent = { Type: 'Timer', TriggerName: 'probeTimer', Time: '2025-10-09T01:00:00Z' };

describe('cloudbaseMain', () => {
  it('routes a timer trigger to the timer action as the system actor', async () => {
    const { fn, calls } = recordingFunction({ cron: '0 */5 * * * * *', action: 'tick' });
    const main = cloudbaseMain(fn, fakePlatform({ TRIGGER_SRC: 'timer' }));
    const result = await main(timerEvent, {});
    expect(result.ok).toBe(true);
    expect(calls).toEqual([{ action: 'tick', actor: { kind: 'system' } }]);
  });

  it('answers UNKNOWN_ACTION to a timer call on a function without a timer', async () => {
    const { fn, calls } = recordingFunction();
    const result = await cloudbaseMain(fn, fakePlatform({ TRIGGER_SRC: 'timer' }))(timerEvent, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } });
    expect(calls).toEqual([]);
  });

  it('runs a WeChat call as the resident the platform names', async () => {
    const { fn, calls } = recordingFunction();
    const result = await cloudbaseMain(fn, fakePlatform({ WX_OPENID: 'oAbc123' }))({ action: 'whoami' }, {});
    expect(result).toEqual({ ok: true, data: { kind: 'resident', openid: 'oAbc123' } });
    expect(calls).toHaveLength(1);
  });

  it('drops the userInfo that WeChat injects before validating the payload', async () => {
    const { fn } = recordingFunction();
    const main = cloudbaseMain(fn, fakePlatform({ WX_OPENID: 'oAbc123' }));
    const result = await main({ action: 'whoami', userInfo: { appId: 'wx1', openId: 'oSomeoneElse' } }, {});
    expect(result).toEqual({ ok: true, data: { kind: 'resident', openid: 'oAbc123' } });
  });

  it('refuses a system action to a caller who sends a timer-shaped payload', async () => {
    const { fn, calls } = recordingFunction({ cron: '0 */5 * * * * *', action: 'tick' });
    const main = cloudbaseMain(fn, fakePlatform({ WX_OPENID: 'oAbc123' }));
    expect(await main({ ...timerEvent, action: 'tick' }, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(calls).toEqual([]);
  });

  it('exposes the function definition for the bundler', () => {
    const { fn } = recordingFunction({ cron: '0 */5 * * * * *', action: 'tick' });
    expect(cloudbaseMain(fn, fakePlatform({})).definition.timer).toEqual({ cron: '0 */5 * * * * *', action: 'tick' });
  });
});
