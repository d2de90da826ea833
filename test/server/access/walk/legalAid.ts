import { invoke } from '../../../../src/server/core/invoke';
import { legalAid } from '../../../../src/server/functions/legal-aid';
import type { WalkFixture, WalkSeed } from '../walk-types';

/**
 * `legalAid` (issue 11) in the authorization walk. The seed adds a legal-aid application by
 * another resident (not the complainant: a legal-aid application is its own matter, with no
 * respondent), accepted by the handler, so the walkers — the person complained about (window
 * staff) and the director — meet a real case on every action: they may handle it as station
 * staff, but no answer carries the complainant, and nothing touches the complaint, its rating
 * or its callback.
 */
export const fixture: WalkFixture = {
  async seed(s: WalkSeed) {
    const applied = await invoke(legalAid, {
      action: 'apply', requestId: 'walk-legal-aid-0001',
      applicant: { name: '示例·吴某', phone: '13600001234' }, groups: ['elderly'],
      matter: { kind: 'alimony', summary: '子女不支付赡养费' }, hardship: 'dibao',
    }, { openid: 'walk-legal-aid-applicant' }, s.runtime);
    if (!applied.ok) throw new Error(`walk seed: legalAid.apply failed: ${JSON.stringify(applied.error)}`);
    const id = (applied.data as { application: { id: string } }).application.id;
    const accepted = await invoke(legalAid, { action: 'accept', id }, { openid: s.handler.openid }, s.runtime);
    if (!accepted.ok) throw new Error(`walk seed: legalAid.accept failed: ${JSON.stringify(accepted.error)}`);
    const docs = (accepted.data as { application: { documents: { id: string }[] } }).application.documents;
    return { legalAid: id, legalAidDocument: docs[0].id };
  },
  payloads: {
    apply: () => ({ requestId: 'walk-legal-aid-0002', applicant: { name: '示例·郑某', phone: '13600005678' }, groups: ['women'], matter: { kind: 'domesticViolence', summary: '遭受家庭暴力' }, hardship: 'declaration' }),
    mine: () => ({}),
    get: (s) => ({ id: s.ids.legalAid }),
    supplyMaterials: (s) => ({ id: s.ids.legalAid }),
    withdraw: (s) => ({ id: s.ids.legalAid }),
    document: (s) => ({ id: s.ids.legalAid, documentId: s.ids.legalAidDocument }),
    register: () => ({ requestId: 'walk-legal-aid-0003', channel: 'walkIn', applicant: { name: '示例·冯某', phone: '13600009999' }, groups: ['migrantWorker'], matter: { kind: 'wages', summary: '拖欠工资' }, hardship: 'migrantWage' }),
    queue: () => ({}),
    board: (s) => ({ date: s.date }),
    accept: (s) => ({ id: s.ids.legalAid }),
    requestMaterials: (s) => ({ id: s.ids.legalAid, items: ['户口簿'], dueDate: s.date }),
    recordProgress: (s) => ({ id: s.ids.legalAid, kind: 'note', text: '走访记录' }),
    close: (s) => ({ id: s.ids.legalAid, result: 'other', report: '结案报告' }),
    roster: () => ({}),
    decide: (s) => ({ id: s.ids.legalAid, grant: true }),
    assign: (s) => ({ id: s.ids.legalAid, workerId: 'law_sample1' }),
    terminate: (s) => ({ id: s.ids.legalAid, reason: 'applicantRequest', explanation: '申请人要求终止' }),
    saveWorker: () => ({ name: '示例·林律师', organisation: '示例·律师事务所', kind: 'lawyer', phone: '13600001111' }),
  },
};

export const { payloads, seed } = fixture;
