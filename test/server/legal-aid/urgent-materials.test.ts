import { invoke } from '../../../src/server/core/invoke';
import { admin } from '../../../src/server/functions/admin';
import { openSqliteStore } from '../../../src/server/store/sqlite';
import type { Store } from '../../../src/server/ports/store';
import { runTick } from '../../../src/server/scheduler/tick';
import type { LegalAidView } from '../../../src/shared/legal-aid';
import { all, apply, bj, data, makeFixture, ordinaryApply, wall, who, type LegalAidFixture } from './fixture';

let f: LegalAidFixture;
let store: ReturnType<typeof openSqliteStore>;
beforeEach(async () => {
  store = openSqliteStore({ file: ':memory:' });
  f = await makeFixture(store as Store, bj('2026-11-26 10:00'));
});
afterEach(() => store.close());

const view = (res: Parameters<typeof data>[0]) => data<{ application: LegalAidView }>(res).application;
const materialsClock = async (id: string) => (await all(store as Store, 'clocks')).find((c) => c.subjectId === id && c.purpose === 'legalAid.materials');

/** An urgent (先行提供) application, accepted, with materials owed by `dueDate`. */
async function urgentOwing(dueDate: string): Promise<LegalAidView> {
  const app = await apply(f, ordinaryApply({ urgent: true, urgentReason: '诉讼时效还有5天到期' }));
  await f.call('accept', { id: app.id }, who.staff);
  return view(await f.call('requestMaterials', { id: app.id, items: ['病历复印件'], dueDate }, who.staff));
}

describe('materials owed on an urgent application (先行提供, 第44条) run on a clock', () => {
  it('starts a clock due at the end of the notice’s day, warning and escalating to staff', async () => {
    const app = await urgentOwing('2026-11-30');
    const clock = await materialsClock(app.id);
    expect(clock).toMatchObject({ state: 'running', responsibleStaffId: 'staff:demo-staff', title: '法律援助事后补充材料' });
    expect(wall(clock.dueAt)).toBe('2026-11-30 17:00');
    expect(clock.recipientOpenid).toBeUndefined();
  });

  it('when they run out: the aid goes on, the lapse is recorded, the applicant told, the director escalated to — once', async () => {
    const app = await urgentOwing('2026-11-30');
    await runTick(f.runtime, bj('2026-11-30 16:55'));
    expect(view(await f.call('get', { id: app.id }, who.resident)).materials?.lateAt ?? null).toBeNull();
    await runTick(f.runtime, bj('2026-11-30 17:05'));
    await runTick(f.runtime, bj('2026-11-30 17:10'));
    const late = view(await f.call('get', { id: app.id }, who.staff));
    expect(late.status).toBe('accepted');
    expect(late.materials?.lateAt).toBe(bj('2026-11-30 17:05'));
    const row = data(await f.call('queue', {}, who.staff)).items.find((r: any) => r.id === app.id);
    expect(row.materials).toEqual({ dueDate: '2026-11-30', dueAt: bj('2026-11-30 17:00'), suppliedAt: null, lateAt: bj('2026-11-30 17:05'), later: true }); // issue 11: the staff row says it
    expect(late.steps.filter((s) => s.kind === 'materialsOverdue')).toHaveLength(1);
    expect(late.steps.find((s) => s.kind === 'materialsOverdue')!.summary).toContain('第48条');
    const inbox = await all(store as Store, 'inbox');
    expect(inbox.filter((m) => m.recipient === 'openid:demo-resident' && m.title === '补充材料已逾期')).toHaveLength(1);
    const toDirector = inbox.filter((m) => m.title === '先行援助补充材料逾期');
    expect(toDirector).toHaveLength(1);
    expect(toDirector[0].body).toContain('第48条');
    const audit = await all(store as Store, 'audit');
    expect(audit.filter((a) => a.action === 'legalAid.materialsOverdue' && a.subject === `legalAid:${app.id}`)).toHaveLength(1);
    expect(audit.filter((a) => a.action === 'escalate' && a.purpose === 'legalAid.materials')).toHaveLength(1);
  });

  it('stops the clock when the materials come, so nothing lapses', async () => {
    const app = await urgentOwing('2026-11-30');
    f.setNow(bj('2026-11-27 09:00'));
    await f.call('supplyMaterials', { id: app.id, photoIds: ['f_00000000000000000000000000000001'] }, who.resident);
    expect((await materialsClock(app.id)).state).toBe('stopped');
    await runTick(f.runtime, bj('2026-11-30 17:05'));
    const after = view(await f.call('get', { id: app.id }, who.resident));
    expect(after.materials?.lateAt ?? null).toBeNull();
    expect((await all(store as Store, 'inbox')).filter((m) => m.title === '补充材料已逾期')).toEqual([]);
  });

  it('moves the owed day with a calendar change', async () => {
    const app = await urgentOwing('2026-11-30');
    const res = await invoke(admin, { action: 'setCalendarOverride', date: '2026-11-30', working: false, note: '镇政府停电，暂停办公' }, { openid: 'demo-admin' }, f.runtime);
    expect(res.ok).toBe(true);
    expect(wall((await materialsClock(app.id)).dueAt)).toBe('2026-12-01 17:00');
    expect(view(await f.call('get', { id: app.id }, who.staff)).materials?.dueDate).toBe('2026-12-01');
  });
});

describe('a finished urgent application stops chasing its owed materials', () => {
  it('stops the materials clock when the applicant withdraws', async () => {
    const app = await urgentOwing('2026-11-30');
    await f.call('withdraw', { id: app.id, reason: '已和解' }, who.resident);
    expect((await materialsClock(app.id)).state).toBe('stopped');
  });
});
