import { invoke } from '../../../src/server/core/invoke';
import { appointments } from '../../../src/server/functions/appointments';
import { takePlace, DAY_CLOSED_MESSAGE } from '../../../src/server/appointments/places';
import { as, createTestRuntime, type TestRuntime } from '../../support/runtime';

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime();
});
afterEach(() => runtime.store.close());

const DAY = '2026-12-01';
const close = () => invoke(appointments, { action: 'closeDay', date: DAY, reason: '镇普法集市' }, as.admin, runtime);
const slot = (start: string) => runtime.store.get<any>('appointmentSlots', `slot:${DAY}:${start}`);

describe('closing a day for appointments against a booking already past its checks', () => {
  it('refuses the booking inside its own transaction once the day is closed', async () => {
    expect((await close()).ok).toBe(true);
    await expect(runtime.store.transaction((tx) => takePlace(tx, DAY, '09:00', 2))).rejects.toMatchObject({
      code: 'NOT_FOUND', field: 'date', message: DAY_CLOSED_MESSAGE,
    });
  });

  it("marks every slot counter of the day closed, so a racing booking's write conflicts with the closure's", async () => {
    await close();
    expect(await slot('09:00')).toMatchObject({ closed: true, booked: 0 });
    expect(await slot('16:30')).toMatchObject({ closed: true });
  });

  it('opens the counters again when the day is reopened', async () => {
    await close();
    expect((await invoke(appointments, { action: 'reopenDay', date: DAY }, as.admin, runtime)).ok).toBe(true);
    expect(await slot('09:00')).toMatchObject({ closed: false });
    await runtime.store.transaction((tx) => takePlace(tx, DAY, '09:00', 2));
    expect(await slot('09:00')).toMatchObject({ booked: 1 });
  });
});
