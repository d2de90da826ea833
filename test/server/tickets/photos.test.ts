import { as, createTestRuntime, snapshot, type TestRuntime } from '../../support/runtime';
import { call, data, registerPhone, residentA, rid } from './helpers';

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime();
});
afterEach(() => runtime.store.close());

const EMBEDDED = `f_${'ab'.repeat(16)}`;
const CLOUD = 'cloud://station-env.7374-station/letters/2026-11-26/k3j9x2.jpg';

describe('letter photos on tickets', () => {
  it('keeps the photos of a registered letter and shows them to staff', async () => {
    const ticket = await registerPhone(runtime, as.staff, { channel: 'letter', letterPhotoIds: [EMBEDDED, CLOUD] });
    expect(ticket.letterPhotoIds).toEqual([EMBEDDED, CLOUD]);
    const view = data(await call(runtime, 'get', { id: ticket.id }, as.staff));
    expect(view.letterPhotoIds).toEqual([EMBEDDED, CLOUD]);
  });

  it('keeps each mailbox letter\'s own photos on its own ticket', async () => {
    const letters = [{ type: 'praise', content: '感谢窗口耐心讲解', photoIds: [EMBEDDED] }, { type: 'suggestion', content: '建议多放几把椅子' }];
    const { tickets } = data(await call(runtime, 'registerMailbox', { requestId: rid(), letters }, as.staff));
    const views = await Promise.all(tickets.map(async (t: { id: string }) => data(await call(runtime, 'get', { id: t.id }, as.staff))));
    expect(views.map((v) => v.letterPhotoIds)).toEqual([[EMBEDDED], []]);
  });

  it('refuses a photo id that was not given by an upload (a path, a web address) and writes nothing', async () => {
    const before = await snapshot(runtime.store);
    for (const bad of ['../station.db', 'https://evil.example/x.jpg', 'f_123']) {
      const res = await call(runtime, 'register', {
        requestId: rid(), channel: 'letter', type: 'suggestion', content: '来信建议', contact: {}, letterPhotoIds: [bad],
      }, as.staff);
      expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'letterPhotoIds.0' } });
    }
    expect(await snapshot(runtime.store)).toEqual(before);
  });

  it('does not show letter photos in a resident\'s own view', async () => {
    const res = await call(runtime, 'submit', { type: 'suggestion', content: '建议周六也开门', requestId: rid() }, residentA);
    expect(data(res).ticket).not.toHaveProperty('letterPhotoIds');
  });
});
