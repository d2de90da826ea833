import { functions } from '../../../src/server/functions';
import type { Runtime } from '../../../src/server/core/define';
import { toBeijingDate } from '../../../src/domain/beijing';
import { FIXED_NOW } from '../../support/runtime';
import { loadFixtures, seedFor, seedWalk, walkFunction } from './walk-run';
import type { WalkSeed } from './walk-types';

/**
 * The walk on one store: seeded once (the complaints, then every fixture's own seed), then every
 * function walked as the window staff member and as the director complained about, one test each.
 *
 * @example describeWalk('SQLite', async () => ({ runtime, cleanup: () => runtime.store.close() }))
 */
export function describeWalk(label: string, open: () => Promise<{ runtime: Runtime; cleanup: () => unknown }>): void {
  const fixtures = loadFixtures(functions);
  describe(`the authorization walk on ${label}`, () => {
    let seed: WalkSeed;
    let cleanup: () => unknown = () => undefined;
    beforeAll(async () => {
      const opened = await open();
      cleanup = opened.cleanup;
      // recordConsent only takes the templates the station configured
      seed = await seedWalk({ ...opened.runtime, templates: { walk: 'tmpl-walk' } }, toBeijingDate(FIXED_NOW));
      for (const fn of functions) Object.assign(seed.ids, await fixtures[fn.name]?.seed?.(seed));
    });
    afterAll(() => cleanup());

    const cases = (['respondent', 'director'] as const).flatMap((walker) => functions.map((fn) => [fn.name, walker] as const));
    it.each(cases)('%s, walked by the %s complained about, reveals nothing of their complainant and changes nothing of the complaint', async (name, walker) => {
      const fixture = fixtures[name];
      if (!fixture) throw new Error(`${name} has no walk fixture (test/server/access/walk/${name}.ts)`);
      expect(await walkFunction(functions.find((f) => f.name === name)!, fixture, seedFor(seed, walker))).toEqual([]);
    });
  });
}
