/**
 * The authorization walk (issue 9 §1): every action of every function is called as the person
 * complained about — a window staff member and, in a second complaint, the director — and must
 * never return the complainant's name or phone, nor change the complaint, its rating or its
 * callback. The runner (walk.test.ts) fails when a function has no fixture file here, or its
 * file has no entry for one of its actions: a new action cannot forget the rule silently.
 *
 * One file per function: `test/server/access/walk/<functionName>.ts`, exporting
 * - `payloads`: action name → the payload (without `action`) to send, built from the seed;
 * - optionally `seed(ctx)`: adds the matters this function's actions need (a legal-aid
 *   application by the complainant, a referral of the complaint, …) and returns their ids,
 *   which the runner puts in `seed.ids` before any payload is built.
 */
import type { Runtime } from '../../../src/server/core/define';

export interface WalkPerson {
  openid: string;
  /** Staff id in the staff table; absent for residents. */
  staffId?: string;
}

export interface WalkSeed {
  runtime: Runtime;
  /**
   * The resident who complained about the person walking now; their name and phone must never
   * appear in that person's answers. (Each complaint has its own complainant: the director
   * supervises the other complaint and may see its complainant.)
   */
  complainant: WalkPerson & { name: string; phone: string };
  /** Window staff member complained about, and the complaint ticket about them. */
  respondent: WalkPerson;
  staffComplaintId: string;
  /** The director, complained about in a second complaint by the same resident. */
  director: WalkPerson;
  directorComplaintId: string;
  /** A handler of both complaints (window staff, not complained about). */
  handler: WalkPerson;
  /** The Beijing day and month the seeded matters fall in (the runtime's clock is fixed there). */
  date: string;
  month: string;
  /** Ids added by the fixtures' own `seed` functions, by the names they chose. */
  ids: Record<string, string>;
  /**
   * The complaint about the person walking now: `staffComplaintId` while the window staff member
   * walks, `directorComplaintId` while the director does. Its rating is `rating:ticket:<id>`, its
   * callback task `cb:ticket:<id>`, its rating request `rr:ticket:<id>`.
   */
  complaintId: string;
  /** Who walks now. */
  walker: WalkPerson;
}

export type WalkPayloads = Record<string, (seed: WalkSeed) => Record<string, unknown>>;

export interface WalkFixture {
  payloads: WalkPayloads;
  seed?: (seed: WalkSeed) => Promise<Record<string, string>>;
}
