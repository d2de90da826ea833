import { AppError } from '../core/errors';
import type { Doc, Tx } from '../ports/store';

/**
 * Creates `doc` unless a document with its id exists; true when this call created it. The id is
 * the dedupe key: a second run, or a concurrent one, finds the first one's document and does
 * nothing. Reads first so a transaction never has to recover from a failed insert; a CONFLICT
 * from the insert itself (a race the read could not see) also means "already done".
 *
 * @example
 * await createOnce(tx, 'outbox', { _id: 'clock:c1:overdue:…', … }) // true, then false
 */
export async function createOnce(tx: Tx, collection: string, doc: Doc): Promise<boolean> {
  if (await tx.get(collection, doc._id)) return false;
  try {
    await tx.create(collection, doc);
    return true;
  } catch (err) {
    if (err instanceof AppError && err.code === 'CONFLICT') return false;
    throw err;
  }
}
