import {
  asksNothingOfExempt, basisMismatch, greenGroupsOf, hardshipReviewOf, isGreenChannel, isIdNumber, maskIdNumber, materialsFor, needsDeclaration,
  nextLegalAidStatus, queueKeyOf, refusalOf,
} from './imports';
import { LEGAL_AID_TRANSITIONS, type LegalAidStatus } from '../../../src/shared/legal-aid';

describe('the status table', () => {
  it('walks applied → accepted → granted → assigned → aiding → closed', () => {
    const path: [LegalAidStatus, Parameters<typeof nextLegalAidStatus>[1]][] = [['applied', 'accept'], ['accepted', 'grant'], ['granted', 'assign'], ['assigned', 'recordProgress'], ['aiding', 'close']];
    expect(path.map(([s, e]) => nextLegalAidStatus(s, e))).toEqual(['accepted', 'granted', 'assigned', 'aiding', 'closed']);
  });

  it('pauses for materials and comes back, or lapses to withdrawn', () => {
    expect(nextLegalAidStatus('applied', 'requestMaterials')).toBe('materialsRequested');
    expect(nextLegalAidStatus('materialsRequested', 'supplyMaterials')).toBe('applied');
    expect(nextLegalAidStatus('materialsRequested', 'lapse')).toBe('withdrawn');
  });

  it('refuses anything from a final status and explains a step taken too early', () => {
    for (const s of ['denied', 'closed', 'terminated', 'withdrawn'] as const) expect(LEGAL_AID_TRANSITIONS[s]).toEqual({});
    expect(nextLegalAidStatus('applied', 'grant')).toBeNull();
    expect(refusalOf('applied', 'grant')).toBe('这份申请还没有受理，请先受理再决定给予法律援助');
  });

  it('terminates only aid that was granted (第48条), never a refused application', () => {
    expect(nextLegalAidStatus('aiding', 'terminate')).toBe('terminated');
    expect(nextLegalAidStatus('denied', 'terminate')).toBeNull();
  });
});

describe('green channel and hardship', () => {
  it('adds 老年人 and 未成年人 from the birth date and 农民工 from a wage claim', () => {
    expect(greenGroupsOf(['women'], '1950-03-01', '2026-11-26', 'declaration')).toEqual(['elderly', 'women']);
    expect(greenGroupsOf([], '2010-01-01', '2026-11-26', 'declaration')).toEqual(['minor']);
    expect(greenGroupsOf([], undefined, '2026-11-26', 'migrantWage')).toEqual(['migrantWorker']);
    expect(isGreenChannel(greenGroupsOf([], '1980-01-01', '2026-11-26', 'dibao'))).toBe(false);
  });

  it.each(['migrantWage', 'dibao', 'wubao', 'tekun', 'specialGroupNoIncome', 'socialAssistance'] as const)('%s is exempt from the hardship review and asked for no declaration', (basis) => {
    const matter = basis === 'migrantWage' ? 'wages' : 'alimony';
    expect(hardshipReviewOf(basis, matter)).toBe('exempt');
    expect(needsDeclaration(basis, matter)).toBe(false);
    expect(asksNothingOfExempt(basis, matter)).toBe(true);
  });

  it('otherwise takes the personal declaration (个人诚信承诺), never an income proof', () => {
    expect(hardshipReviewOf('declaration', 'alimony')).toBe('required');
    const list = materialsFor('declaration', 'alimony');
    expect(list).toContain('个人诚信承诺书（在窗口或小程序里填写即可）');
    expect(list.join()).not.toMatch(/收入证明|经济困难证明/);
  });

  it('needs no hardship condition for domestic violence victims (第32条)', () => {
    expect(hardshipReviewOf('declaration', 'domesticViolence')).toBe('exempt');
  });

  it('keeps the 农民工 exemption to wages and work injuries', () => {
    expect(basisMismatch('migrantWage', 'alimony')).toMatch(/劳动报酬或工伤/);
    expect(basisMismatch('migrantWage', 'workInjury')).toBeNull();
  });
});

describe('queue key and id numbers', () => {
  it('sorts green channel first, then by due time, then those without a clock', () => {
    const keys = [queueKeyOf(false, 100, 0, 'la_a'), queueKeyOf(true, 900, 0, 'la_b'), queueKeyOf(false, null, 0, 'la_c'), queueKeyOf(true, 200, 0, 'la_d')];
    expect([...keys].sort()).toEqual([keys[3], keys[1], keys[0], keys[2]]);
  });

  it('masks an id number to its first 3 and last 4 characters and checks the check character', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110***********002X');
    expect(isIdNumber('11010519491231002X')).toBe(true);
    expect(isIdNumber('110105194912310021')).toBe(false);
  });
});

describe('the guide page links', () => {
  it('open the contract pages', () => {
    const src = require('node:fs').readFileSync(require('node:path').join(__dirname, '../../../src/pages/guide/index.tsx'), 'utf8') as string;
    const { LEGAL_AID_PAGES } = require('../../../src/shared/legal-aid');
    expect(src).toContain(`'${LEGAL_AID_PAGES.apply}'`);
    expect(src).toContain(`'${LEGAL_AID_PAGES.mine}'`);
  });
});
