import type { Doc, Store, Tx } from '../ports/store';

const META = 'meta';
const PUBLICATION = 'publication';

interface PublicationDoc extends Doc {
  _id: string;
  revision: number;
  at: number;
}

/**
 * Counts one more change to what the station publishes (content or calendar), inside the
 * change's own transaction, so a reader that sees the new revision also sees the change.
 *
 * @example
 * await store.transaction(async (tx) => { await tx.put('content', doc); await bumpPublication(tx, now); });
 */
export async function bumpPublication(tx: Tx, now: number): Promise<void> {
  const current = await tx.get<PublicationDoc>(META, PUBLICATION);
  await tx.put(META, { _id: PUBLICATION, revision: (current?.revision ?? 0) + 1, at: now });
}

/**
 * The current publication revision: one read by id, cheap enough for every request.
 *
 * @example
 * await publicationRevision(store) // 0 before the admin's first edit
 */
export async function publicationRevision(store: Store): Promise<number> {
  const doc = await store.get<PublicationDoc>(META, PUBLICATION);
  return doc?.revision ?? 0;
}
