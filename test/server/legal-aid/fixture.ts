import mammoth from 'mammoth';
import { invoke } from '../../../src/server/core/invoke';
import { legalAid } from '../../../src/server/functions/legal-aid';
import { ratings } from '../../../src/server/functions/ratings';
import type { Runtime } from '../../../src/server/core/define';
import type { FnResult } from '../../../src/server/core/result';
import type { PlatformIdentity } from '../../../src/server/ports/identity';
import type { Store } from '../../../src/server/ports/store';
import { seedIfEmpty } from '../../../src/server/seed';
import type { LegalAidView } from '../../../src/shared/legal-aid';
import { recordingSender } from '../../support/runtime';

/** Beijing wall time → epoch ms. @example bj('2026-11-26 10:00') */
export const bj = (s: string) => Date.parse(`${s.replace(' ', 'T')}:00+08:00`);
/** Epoch ms → Beijing 'YYYY-MM-DD HH:mm'. */
export const wall = (ms: number | null) => (ms === null ? null : new Date(ms + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' '));

export const who = {
  resident: { openid: 'demo-resident' } as PlatformIdentity,
  stranger: { openid: 'someone-new' } as PlatformIdentity,
  staff: { openid: 'demo-staff' } as PlatformIdentity,
  colleague: { openid: 'demo-colleague' } as PlatformIdentity,
  director: { openid: 'demo-director' } as PlatformIdentity,
  lawyer: { openid: 'demo-lawyer' } as PlatformIdentity,
  otherLawyer: { openid: 'demo-lawyer-2' } as PlatformIdentity,
  anonymous: { openid: null } as PlatformIdentity,
};

/** A runtime whose clock the test moves. */
export interface LegalAidFixture {
  runtime: Runtime;
  setNow(ms: number): void;
  call(action: string, payload: Record<string, unknown>, as: PlatformIdentity): Promise<FnResult>;
  rate(payload: Record<string, unknown>, as: PlatformIdentity): Promise<FnResult>;
}

/** Seeds the station, a second window colleague, and two legal-aid workers with accounts (role legalAidWorker). */
export async function makeFixture(store: Store, start: number): Promise<LegalAidFixture> {
  let now = start;
  await seedIfEmpty(store, now);
  await store.transaction(async (tx) => {
    await tx.put('staff', { _id: 'staff:demo-colleague', openid: 'demo-colleague', name: '示例·孙某', roles: ['staff'], active: true, order: 4 });
    await tx.put('staff', { _id: 'staff:lawyer', openid: 'demo-lawyer', name: '示例·王律师', roles: ['legalAidWorker'], active: true, order: 5 });
    await tx.put('staff', { _id: 'staff:lawyer-2', openid: 'demo-lawyer-2', name: '示例·钱律师', roles: ['legalAidWorker'], active: true, order: 6 });
    await tx.put('legalAidWorkers', { _id: 'law_lawyer', name: '示例·王律师', organisation: '示例·江西某律师事务所', kind: 'lawyer', phone: '13800000009', staffId: 'staff:lawyer', active: true, load: 0, updatedAt: now });
  });
  const runtime: Runtime = { store, clock: { now: () => now }, sender: recordingSender(), templates: {} };
  return {
    runtime,
    setNow: (ms) => { now = ms; },
    call: (action, payload, as) => invoke(legalAid, { action, ...payload }, as, runtime),
    rate: (payload, as) => invoke(ratings, { action: 'rate', ...payload }, as, runtime),
  };
}

/** The data of a successful result, or a failure showing the error. */
export function data<T = any>(res: FnResult): T {
  if (!res.ok) throw new Error(`expected ok, got ${JSON.stringify(res.error)}`);
  return res.data as T;
}

let seq = 0;
export const rid = () => `la-req-${++seq}-abcdefgh`;

/** A valid 身份证号 of someone born 1950-03-01 (check character computed). */
export const ELDER_ID = '360122195003010019';

/** An elderly resident with a 低保 certificate: green channel, exempt. */
export const greenApply = (extra: Record<string, unknown> = {}) => ({
  requestId: rid(),
  applicant: { name: '陈大爷', phone: '13812345678', idNumber: ELDER_ID },
  groups: [],
  matter: { kind: 'alimony', summary: '三个子女都不给赡养费，想请律师帮忙起诉。' },
  hardship: 'dibao',
  photoIds: ['f_0123456789abcdef0123456789abcdef'],
  ...extra,
});

/** A 40-year-old with no group and no certificate: ordinary track, personal declaration. */
export const ordinaryApply = (extra: Record<string, unknown> = {}) => ({
  requestId: rid(),
  applicant: { name: '李某', phone: '13900001111', birthDate: '1986-05-01' },
  groups: [],
  matter: { kind: 'medicalDamage', summary: '在医院手术后出现并发症，想追究医院责任。', opponent: '某医院' },
  hardship: 'declaration',
  declaration: { income: '家庭月收入约1500元，一人务农，两个孩子上学。', promise: true },
  ...extra,
});

/** Applies and answers the application. */
export async function apply(f: LegalAidFixture, payload: Record<string, unknown> = greenApply(), as = who.resident): Promise<LegalAidView> {
  return data<{ application: LegalAidView }>(await f.call('apply', payload, as)).application;
}

/** The text of an archived .docx, read back with mammoth. */
export async function docText(f: LegalAidFixture, id: string, documentId: string, as: PlatformIdentity): Promise<string> {
  const file = data<{ base64: string; filename: string }>(await f.call('document', { id, documentId }, as));
  const buffer = Buffer.from(file.base64, 'base64');
  expect(buffer.subarray(0, 2).toString()).toBe('PK');
  return (await mammoth.extractRawText({ buffer })).value;
}

/** Documents of a collection, sorted by id. */
export function all<T = any>(store: Store, collection: string): Promise<T[]> {
  return store.find<any>(collection, { orderBy: [['_id', 'asc']], limit: 1000 }) as Promise<T[]>;
}
