/**
 * A fake gateway for component tests: `global.fetch` answers `POST /api/fn/<name>` from a table
 * of handlers keyed 'name.action'. Unknown actions answer UNKNOWN_ACTION; `offline()` makes every
 * call fail like a dead network.
 */
type Handler = (event: Record<string, unknown>) => unknown;

export interface FakeGateway {
  calls: { name: string; event: Record<string, unknown> }[];
  offline(): void;
}

export function fakeGateway(handlers: Record<string, Handler>): FakeGateway {
  let down = false;
  const gw: FakeGateway = { calls: [], offline: () => { down = true; } };
  (global as unknown as { fetch: unknown }).fetch = jest.fn(async (url: string, init: { body: string }) => {
    if (down) throw new TypeError('Failed to fetch');
    const name = String(url).replace('/api/fn/', '');
    const event = JSON.parse(init.body) as Record<string, unknown>;
    gw.calls.push({ name, event });
    const handler = handlers[`${name}.${String(event.action)}`];
    const body = handler ? handler(event) : { ok: false, error: { code: 'UNKNOWN_ACTION', message: '未知操作' } };
    return { status: 200, headers: { get: () => 'application/json' }, json: async () => body };
  });
  return gw;
}
