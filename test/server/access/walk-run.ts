/**
 * The authorization walk (issue 9 §1), shared by the SQLite and the CloudBase runs: the seed, the
 * check that every action has a fixture entry, and one walk of a function as one person. See
 * walk-types.ts for what a fixture file is.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FunctionDef, Runtime } from '../../../src/server/core/define';
import { invoke } from '../../../src/server/core/invoke';
import { tickets } from '../../../src/server/functions/tickets';
import { ratings } from '../../../src/server/functions/ratings';
import type { PlatformIdentity } from '../../../src/server/ports/identity';
import { maskName, maskPhone } from '../../../src/domain/tickets/mask';
import type { WalkFixture, WalkPerson, WalkSeed } from './walk-types';

/**
 * The complainants — of the complaint about the window staff member, and of the one about the
 * director — with names, phones and words no seeded content or demo account carries. The
 * complaint's words belong to its complainant too (content often names them).
 */
export const COMPLAINANTS = {
  respondent: { openid: 'walk-complainant-a', name: '欧阳慧敏', phone: '13907910086', words: '窗口吴家坳调解' },
  director: { openid: 'walk-complainant-b', name: '司马秋菊', phone: '0791-86541234', words: '主任在鹤岭村' },
} as const;

const RESPONDENT: WalkPerson = { openid: 'demo-staff', staffId: 'staff:demo-staff' };
const DIRECTOR: WalkPerson = { openid: 'demo-director', staffId: 'staff:demo-director' };
const HANDLER: WalkPerson = { openid: 'walk-handler', staffId: 'staff:walk-handler' };

/**
 * What must never appear in an answer to the person complained about: the complainant's name and
 * phone, whole or masked, their openid, and the complaints' own words.
 *
 * @example leakedIn('{"contactPhone":"139****0086"}', COMPLAINANTS.respondent) // ['139****0086']
 */
export function leakedIn(json: string, who: (typeof COMPLAINANTS)[keyof typeof COMPLAINANTS]): string[] {
  const needles = [who.name, who.phone, who.phone.replace('-', ''), maskName(who.name), maskPhone(who.phone), who.openid, who.words];
  return needles.filter((n) => json.includes(n));
}

/**
 * Every gap between the functions and their fixtures, in words: a function with no fixture
 * file, an action with no payload entry, an entry for an action that does not exist.
 *
 * @example missingEntries([info], { info: { payloads: { overview: () => ({}) } } }) // ['info.guide has no walk entry', 'info.me has no walk entry']
 */
export function missingEntries(fns: readonly FunctionDef[], fixtures: Record<string, WalkFixture | undefined>): string[] {
  const out: string[] = [];
  for (const fn of fns) {
    const fixture = fixtures[fn.name];
    if (!fixture) {
      out.push(`${fn.name} has no walk fixture (test/server/access/walk/${fn.name}.ts)`);
      continue;
    }
    for (const action of Object.keys(fn.actions)) if (!Object.hasOwn(fixture.payloads, action)) out.push(`${fn.name}.${action} has no walk entry`);
    for (const action of Object.keys(fixture.payloads)) if (!Object.hasOwn(fn.actions, action)) out.push(`${fn.name}.${action} is not an action`);
  }
  return out;
}

/**
 * The fixture files of `fns` found in `dir`, by function name (absent when there is none).
 * @example loadFixtures(functions).tickets.payloads.get
 */
export function loadFixtures(fns: readonly FunctionDef[], dir = join(__dirname, 'walk')): Record<string, WalkFixture | undefined> {
  const out: Record<string, WalkFixture | undefined> = {};
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  for (const fn of fns) out[fn.name] = existsSync(join(dir, `${fn.name}.ts`)) ? (require(join(dir, fn.name)) as WalkFixture) : undefined;
  return out;
}

const who = (p: WalkPerson): PlatformIdentity => ({ openid: p.openid });

async function ok(fn: FunctionDef, runtime: Runtime, person: WalkPerson | { openid: string }, event: Record<string, unknown>): Promise<any> {
  const res = await invoke(fn, event, who(person as WalkPerson), runtime);
  if (!res.ok) throw new Error(`walk seed: ${fn.name}.${String(event.action)} failed: ${JSON.stringify(res.error)}`);
  return res.data;
}

let seq = 0;
const rid = () => `walk-${(++seq).toString().padStart(4, '0')}-seed`;

/**
 * Seeds, on a runtime already holding the station's demo accounts: a handler, the complainants'
 * profiles, and two online complaints, both marked major — about the window staff member 示例·张某
 * and about the director 示例·刘某 — each accepted, replied to and closed by the handler, then
 * rated 不满意 / 基本满意 by its complainant, so each has a rating and a mandatory callback task.
 */
export async function seedWalk(runtime: Runtime, date: string): Promise<WalkSeed> {
  await runtime.store.put('staff', { _id: HANDLER.staffId!, openid: HANDLER.openid, name: '示例·孙某', roles: ['staff'], active: true, order: 9 });
  const complain = async (c: (typeof COMPLAINANTS)[keyof typeof COMPLAINANTS], about: string, level: 'unsatisfied' | 'basic', major: boolean) => {
    await runtime.store.put('residents', { _id: `resident:${c.openid}`, openid: c.openid, name: c.name, birthDate: '1950-02-01' });
    const id = (await ok(tickets, runtime, c, {
      action: 'submit', type: 'complaint', content: `${c.words}时态度生硬，我叫${c.name}，电话${c.phone}`, name: c.name, phone: c.phone,
      complaint: { scope: 'attitude', respondentName: about }, requestId: rid(),
    })).ticket.id as string;
    await ok(tickets, runtime, HANDLER, { action: 'accept', id });
    await ok(tickets, runtime, HANDLER, { action: 'reply', id, text: `${c.name}您好，我们正在核实。` });
    if (major) await ok(tickets, runtime, HANDLER, { action: 'markMajor', id, reason: `${c.name}反映的问题涉及违规` });
    await ok(tickets, runtime, HANDLER, { action: 'close', id, result: `已向${c.name}当面致歉` });
    await ok(ratings, runtime, c, { action: 'rate', subject: { type: 'ticket', id }, level, comment: `${c.name}：还是不满意`, requestId: rid() });
    return id;
  };
  const staffComplaintId = await complain(COMPLAINANTS.respondent, '张某', 'unsatisfied', true);
  const directorComplaintId = await complain(COMPLAINANTS.director, '刘某', 'basic', true);
  return {
    runtime, complainant: { ...COMPLAINANTS.respondent }, respondent: RESPONDENT, staffComplaintId, director: DIRECTOR, directorComplaintId, handler: HANDLER,
    date, month: date.slice(0, 7), ids: {}, complaintId: staffComplaintId, walker: RESPONDENT,
  };
}

/** The documents the walk must leave untouched: both complaints, their rating requests, ratings and callback tasks. */
export async function protectedDocs(runtime: Runtime, seed: WalkSeed): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const id of [seed.staffComplaintId, seed.directorComplaintId]) {
    out.push(await runtime.store.get('tickets', id));
    out.push(await runtime.store.get('ratingRequests', `rr:ticket:${id}`));
    out.push(await runtime.store.get('ratings', `rating:ticket:${id}`));
    out.push(await runtime.store.get('callbackTasks', `cb:ticket:${id}`));
  }
  return out;
}

/** The seed as one walker sees it: the complaint about them is `complaintId`. */
export function seedFor(seed: WalkSeed, walker: 'respondent' | 'director'): WalkSeed {
  return walker === 'respondent'
    ? { ...seed, walker: seed.respondent, complaintId: seed.staffComplaintId, complainant: { ...COMPLAINANTS.respondent } }
    : { ...seed, walker: seed.director, complaintId: seed.directorComplaintId, complainant: { ...COMPLAINANTS.director } };
}

/**
 * Calls every action of `fn` as the walker, with the fixture's payload, and answers what went
 * wrong: an answer carrying the complainant, or a protected document changed.
 */
export async function walkFunction(fn: FunctionDef, fixture: WalkFixture, seed: WalkSeed): Promise<string[]> {
  const failures: string[] = [];
  for (const action of Object.keys(fn.actions)) {
    const before = await protectedDocs(seed.runtime, seed);
    const payload = fixture.payloads[action](seed);
    const res = await invoke(fn, { action, ...payload }, who(seed.walker), seed.runtime);
    if (!res.ok && (res.error.code === 'VALIDATION' || res.error.code === 'UNKNOWN_ACTION')) {
      failures.push(`${fn.name}.${action}: the walk payload is refused as ${res.error.code} (${res.error.message}), so the action was not walked`);
    }
    const leaks = leakedIn(JSON.stringify(res), seed.walker === seed.director ? COMPLAINANTS.director : COMPLAINANTS.respondent);
    if (leaks.length) failures.push(`${fn.name}.${action} answered ${leaks.join('、')}`);
    if (JSON.stringify(await protectedDocs(seed.runtime, seed)) !== JSON.stringify(before)) failures.push(`${fn.name}.${action} changed the complaint, its rating or its callback`);
  }
  return failures;
}
