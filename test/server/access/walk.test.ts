import { functions } from '../../../src/server/functions';
import { defineFunction, action } from '../../../src/server/core/define';
import { closedObject } from '../../../src/server/content/schema-kit';
import { createTestRuntime } from '../../support/runtime';
import { describeWalk } from './walk-suite';
import { leakedIn, COMPLAINANTS, loadFixtures, missingEntries } from './walk-run';

/**
 * The authorization walk (issue 9 §1) on SQLite: every action of every function, called as the
 * window staff member complained about and as the director complained about, never answers
 * their complainant's name, phone or words, and never changes the complaint, its rating or its
 * callback. A function without a fixture, or an action without an entry, fails here.
 */
const fixtures = loadFixtures(functions);

describe('the walk covers every action', () => {
  it('has a fixture for every function and an entry for every action', () => {
    expect(missingEntries(functions, fixtures)).toEqual([]);
  });

  it('names a function with no fixture, an action with no entry and an entry for no action', () => {
    const noop = action({ access: 'public', input: closedObject({}), run: async () => ({}) });
    const fns = [defineFunction('legalAid', { apply: noop }), defineFunction('tickets', { get: noop, forgotten: noop })];
    expect(missingEntries(fns, { tickets: { payloads: { get: () => ({}), renamed: () => ({}) } } })).toEqual([
      'legalAid has no walk fixture (test/server/access/walk/legalAid.ts)',
      'tickets.forgotten has no walk entry',
      'tickets.renamed is not an action',
    ]);
  });

  it('finds the complainant in an answer whole, masked, by openid or by the complaint\'s words', () => {
    const c = COMPLAINANTS.director;
    expect(leakedIn('{"name":"司***","phone":"0791-****1234"}', c)).toEqual(['司***', '0791-****1234']);
    expect(leakedIn('{"name":"司马秋菊"}', c)).toEqual(['司马秋菊']);
    expect(leakedIn('{"content":"主任在鹤岭村"}', c)).toEqual(['主任在鹤岭村']);
    expect(leakedIn('{"phone":"079186541234"}', c)).toEqual(['079186541234']);
    expect(leakedIn('{"ok":true}', c)).toEqual([]);
  });
});

describeWalk('SQLite', async () => {
  const runtime = await createTestRuntime();
  return { runtime, cleanup: () => runtime.store.close() };
});
