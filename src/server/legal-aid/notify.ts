import type { Tx } from '../ports/store';
import { enqueue } from '../outbox/enqueue';
import { recipientKey, type Recipient } from '../outbox/types';
import { legalAidLink } from '../../shared/legal-aid';
import { legalAidSubject } from './ids';
import type { LegalAidDoc } from './types';

/** Purposes of legal-aid notifications (keys of runtime.templates). */
export const LEGAL_AID_PURPOSES = {
  received: 'legalAidReceived',
  progress: 'legalAidProgress',
  decision: 'legalAidDecision',
  assigned: 'legalAidAssigned',
} as const;

export interface Message {
  purpose: string;
  title: string;
  body: string;
}

async function send(tx: Tx, doc: LegalAidDoc, step: string, recipient: Recipient, who: 'resident' | 'staff', m: Message, now: number): Promise<void> {
  await enqueue(tx, {
    key: `${legalAidSubject(doc._id)}:${step}:${recipientKey(recipient)}`, recipient, purpose: m.purpose, title: m.title, body: m.body,
    link: legalAidLink(doc._id, who), subject: legalAidSubject(doc._id), ...(who === 'staff' && doc.dueAt !== null ? { dueAt: doc.dueAt } : {}),
  }, now);
}

/**
 * Tells the applicant who applied in the mini-program (inbox + WeChat when consented), once per
 * step; applications registered at the window have nobody to tell here (they get the paper).
 * @example await tellApplicant(tx, doc, 'accepted', { purpose: 'legalAidProgress', title: '申请已受理', body }, now)
 */
export async function tellApplicant(tx: Tx, doc: LegalAidDoc, step: string, m: Message, now: number): Promise<void> {
  if (doc.ownerOpenid) await send(tx, doc, step, { openid: doc.ownerOpenid }, 'resident', m, now);
}

/** Tells staff members (by staff id), once each per step. */
export async function tellStaff(tx: Tx, doc: LegalAidDoc, step: string, staffIds: string[], m: Message, now: number): Promise<void> {
  for (const staffId of [...new Set(staffIds)]) await send(tx, doc, step, { staffId }, 'staff', m, now);
}
