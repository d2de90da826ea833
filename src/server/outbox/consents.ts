import type { Doc, Tx } from '../ports/store';

/** One-time subscribe consents left for one person and one template. */
export interface ConsentDoc extends Doc {
  openid: string;
  templateId: string;
  count: number;
  updatedAt: number;
}

/** @example consentId('o1', 'T1') // 'o1:T1' */
export const consentId = (openid: string, templateId: string): string => `${openid}:${templateId}`;

/** Changes the count by `delta` (never below 0) and answers the count before the change. */
async function adjust(tx: Tx, openid: string, templateId: string, delta: number | 'clear', now: number): Promise<number> {
  const id = consentId(openid, templateId);
  const doc = await tx.get<ConsentDoc>('subscribeConsents', id);
  const before = doc?.count ?? 0;
  const count = delta === 'clear' ? 0 : Math.max(0, before + delta);
  if (doc || count > 0) await tx.put('subscribeConsents', { _id: id, openid, templateId, count, updatedAt: now });
  return before;
}

/**
 * Records one more accepted one-time subscription (the mini-program's requestSubscribeMessage
 * answered 'accept' for this template).
 * @example await addConsent(tx, 'o1', 'T1', now)
 */
export async function addConsent(tx: Tx, openid: string, templateId: string, now: number): Promise<void> {
  await adjust(tx, openid, templateId, 1, now);
}

/**
 * Uses one consent for a message; false (nothing written) when none is left.
 * @example await takeConsent(tx, 'o1', 'T1', now) // true, once per accepted subscription
 */
export async function takeConsent(tx: Tx, openid: string, templateId: string, now: number): Promise<boolean> {
  const id = consentId(openid, templateId);
  const doc = await tx.get<ConsentDoc>('subscribeConsents', id);
  if (!doc || doc.count <= 0) return false;
  await tx.put('subscribeConsents', { ...doc, count: doc.count - 1, updatedAt: now });
  return true;
}

/**
 * Gives back a consent a message took but did not use (the send failed before WeChat used it).
 * @example await returnConsent(tx, 'o1', 'T1', now)
 */
export async function returnConsent(tx: Tx, openid: string, templateId: string, now: number): Promise<void> {
  await adjust(tx, openid, templateId, 1, now);
}

/**
 * Forgets every consent for a template after WeChat says the person refused or cancelled it.
 * @example await clearConsent(tx, 'o1', 'T1', now)
 */
export async function clearConsent(tx: Tx, openid: string, templateId: string, now: number): Promise<void> {
  await adjust(tx, openid, templateId, 'clear', now);
}
