import { tickets } from '../../../src/server/functions/tickets';
import type { PlatformIdentity } from '../../../src/server/ports/identity';
import { as, createTestRuntime, snapshot, type TestRuntime } from '../../support/runtime';
import { call, data, rid } from '../tickets/helpers';

/**
 * The authorization matrix of `tickets`: every action × anonymous / resident A / resident B /
 * window staff / director / admin (and a timer). Each cell builds its fixture on a fresh store,
 * then expects either success or the refusal code — and a refusal writes nothing.
 */
type Who = 'anonymous' | 'residentA' | 'residentB' | 'staff' | 'director' | 'admin' | 'timer';
const identities: Record<Who, PlatformIdentity> = {
  anonymous: as.anonymous, residentA: as.resident, residentB: as.stranger, staff: as.staff, director: as.director, admin: as.admin, timer: as.timer,
};
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

/** Residents' own actions: every signed-in person. */
const PERSON: Record<Who, Outcome> = { anonymous: 'UNAUTHENTICATED', residentA: 'ok', residentB: 'ok', staff: 'ok', director: 'ok', admin: 'ok', timer: 'FORBIDDEN' };
/** The workbench: staff of every role. */
const STAFF: Record<Who, Outcome> = { anonymous: 'UNAUTHENTICATED', residentA: 'FORBIDDEN', residentB: 'FORBIDDEN', staff: 'ok', director: 'ok', admin: 'ok', timer: 'FORBIDDEN' };
/** The complaint book and major reports: directors and admins. */
const SUPERVISOR: Record<Who, Outcome> = { ...STAFF, staff: 'FORBIDDEN' };

/** A complaint not about any staff member, filed by resident A. */
const complaint = () => ({
  type: 'complaint', content: '反映办理拖延', name: '陈大爷', phone: '13812345678', complaint: { scope: 'delay' }, requestId: rid(),
});

async function submitted(rt: TestRuntime, payload: Record<string, unknown>): Promise<string> {
  return data(await call(rt, 'submit', payload, as.resident)).ticket.id;
}
/** Resident A's consultation, accepted by window staff (so staff, director and admin may act). */
async function handledConsultation(rt: TestRuntime): Promise<string> {
  const id = await submitted(rt, { type: 'consultation', content: '咨询宅基地纠纷', requestId: rid() });
  data(await call(rt, 'accept', { id }, as.staff));
  return id;
}
async function handledComplaint(rt: TestRuntime): Promise<string> {
  const id = await submitted(rt, complaint());
  data(await call(rt, 'accept', { id }, as.staff));
  return id;
}

interface Cell {
  expect: Record<Who, Outcome>;
  /** Builds the fixture; answers the payload. */
  payload(rt: TestRuntime): Promise<Record<string, unknown>>;
}

const matrix: Record<string, Cell> = {
  submit: { expect: PERSON, payload: async () => ({ type: 'suggestion', content: '建议增加停车位', requestId: rid() }) },
  mine: { expect: PERSON, payload: async () => ({}) },
  notices: { expect: PERSON, payload: async () => ({}) },
  photoUploaded: { expect: PERSON, payload: async () => ({ fileId: `cloud://env.bucket/letters/2026-11-26/m${rid().replace(/[^a-z0-9]/g, '')}.jpg` }) },
  get: {
    expect: { ...PERSON, residentB: 'NOT_FOUND' },
    payload: async (rt) => ({ id: await submitted(rt, complaint()) }),
  },
  register: {
    expect: STAFF,
    payload: async () => ({ requestId: rid(), channel: 'walkIn', type: 'mediation', content: '邻里纠纷申请调解', contact: { name: '刘某' } }),
  },
  registerMailbox: { expect: STAFF, payload: async () => ({ requestId: rid(), letters: [{ type: 'praise', content: '感谢' }] }) },
  inbox: { expect: STAFF, payload: async () => ({}) },
  staffList: { expect: STAFF, payload: async () => ({}) },
  accept: { expect: STAFF, payload: async (rt) => ({ id: await submitted(rt, { type: 'consultation', content: '咨询', requestId: rid() }) }) },
  reply: { expect: STAFF, payload: async (rt) => ({ id: await handledConsultation(rt), text: '您好，请带上材料到窗口办理。' }) },
  handOn: { expect: STAFF, payload: async (rt) => ({ id: await handledConsultation(rt), toStaffId: 'staff:other', note: '请协助' }) },
  close: { expect: STAFF, payload: async (rt) => ({ id: await handledConsultation(rt), result: '已答复' }) },
  issueNotice: { expect: STAFF, payload: async (rt) => ({ id: await handledConsultation(rt), guideKey: 'guide:consultation' }) },
  reportDelay: { expect: STAFF, payload: async (rt) => ({ id: await handledConsultation(rt), reason: '需要核实', expectedBy: '2026-12-10' }) },
  markMajor: { expect: STAFF, payload: async (rt) => ({ id: await handledComplaint(rt), reason: '涉嫌违规收费' }) },
  recordTransferReply: {
    expect: STAFF,
    payload: async (rt) => {
      const { ticket } = data(await call(rt, 'register', {
        requestId: rid(), channel: 'transferred', type: 'complaint', content: '转来投诉', contact: { name: '赵某', phone: '13700002222' },
        complaint: { scope: 'fees' }, transferredFrom: { department: '新建区司法局', dueDate: '2026-12-08' },
      }, as.staff));
      return { id: ticket.id, replyText: '已核实并答复投诉人' };
    },
  },
  complaintBook: { expect: SUPERVISOR, payload: async (rt) => (await submitted(rt, complaint()), { from: '2026-11-01', to: '2026-11-30' }) },
  complaintBookCsv: { expect: SUPERVISOR, payload: async () => ({ from: '2026-11-01', to: '2026-11-30' }) },
  majorReport: {
    expect: SUPERVISOR,
    payload: async (rt) => {
      const id = await handledComplaint(rt);
      data(await call(rt, 'markMajor', { id, reason: '涉嫌违规收费' }, as.director));
      return { id };
    },
  },
};

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime();
  await runtime.store.put('staff', { _id: 'staff:other', openid: 'other-staff', name: '示例·李某', roles: ['staff'], active: true, order: 4 });
});
afterEach(() => runtime.store.close());

it('covers every action of the tickets function', () => {
  expect(Object.keys(matrix).sort()).toEqual(Object.keys(tickets.actions).sort());
});

const cells = Object.entries(matrix).flatMap(([action, cell]) =>
  (Object.keys(identities) as Who[]).map((who) => [action, who, cell.expect[who]] as const),
);

it.each(cells)('%s by %s → %s', async (action, who, outcome) => {
  const payload = await matrix[action].payload(runtime);
  const before = await snapshot(runtime.store);
  const res = await call(runtime, action, payload, identities[who]);
  if (outcome === 'ok') {
    expect({ action, who, ok: res.ok, error: res.ok ? undefined : res.error }).toEqual({ action, who, ok: true, error: undefined });
  } else {
    expect(res).toMatchObject({ ok: false, error: { code: outcome } });
    expect(await snapshot(runtime.store)).toEqual(before);
  }
});
