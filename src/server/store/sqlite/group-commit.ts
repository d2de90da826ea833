import type Database from 'better-sqlite3';

/** At most this many transactions share one COMMIT (one fsync). */
export const MAX_GROUP = 32;

interface Member {
  resolve(): void;
  reject(err: unknown): void;
}

/**
 * Group commit for one connection: with `synchronous = FULL` every COMMIT waits for the disk,
 * so transactions that are already queued behind each other share one. Each transaction runs in
 * its own SAVEPOINT inside one BEGIN IMMEDIATE … COMMIT: a failing one rolls back to its savepoint
 * alone, and none is answered before the COMMIT that makes it durable has returned. Whoever
 * holds the store's lock calls these, one at a time.
 *
 * @example
 * const group = groupCommit(db);
 * group.begin(); db.exec('SAVEPOINT tx'); … ; group.endMember(ok, queuedTransactions)
 */
export function groupCommit(db: Database.Database) {
  let members: Member[] | null = null;
  let size = 0;

  /** Commits what the group holds (or rolls it back when the commit fails) and answers its members. */
  const flush = (): void => {
    if (!members) return;
    const waiting = members;
    members = null;
    size = 0;
    try {
      if (db.inTransaction) db.exec('COMMIT');
    } catch (err) {
      if (db.inTransaction) db.exec('ROLLBACK');
      for (const m of waiting) m.reject(err);
      throw err;
    }
    for (const m of waiting) m.resolve();
  };

  /** Drops the group after SQLite rolled the whole transaction back by itself (an I/O error …). */
  const lost = (err: unknown): void => {
    const waiting = members ?? [];
    members = null;
    size = 0;
    for (const m of waiting) m.reject(err);
  };

  return {
    flush,
    lost,
    /** Opens the group's transaction unless one is open: BEGIN IMMEDIATE (busy → throws, nothing began). */
    begin(): void {
      if (members) return;
      db.exec('BEGIN IMMEDIATE');
      members = [];
    },
    /**
     * After one member ran (its savepoint released or rolled back): with more transactions queued
     * and room in the group, answers a promise that settles at the group's COMMIT; otherwise
     * commits now and answers null (the caller answers at once).
     */
    endMember(queued: number, keptWrites: boolean): Promise<void> | null {
      if (!members) return null;
      if (keptWrites) size++;
      if (queued > 0 && size < MAX_GROUP && db.inTransaction) {
        if (!keptWrites) return null; // nothing of it to make durable; the group goes on
        const durable = new Promise<void>((resolve, reject) => members!.push({ resolve, reject }));
        durable.catch(() => undefined); // the member awaits it; a failed commit must not be an unhandled rejection first
        return durable;
      }
      flush();
      return null;
    },
  };
}
