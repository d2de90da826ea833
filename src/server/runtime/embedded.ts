import { join } from 'node:path';
import { openSqliteStore } from '../store/sqlite';
import { retireDemoAccounts, seedIfEmpty } from '../seed';
import { inboxOnlySender } from '../notify/inbox-only-sender';
import { systemClock, type Clock } from '../ports/clock';
import type { SubscribeSender } from '../ports/sender';
import type { Runtime } from '../core/define';
import { templatesFromEnv } from './templates';
import { privateDir, privateFile } from './private-files';
import { createDiskFileStore } from '../files/disk';

export interface EmbeddedOptions {
  /** Directory of `station.db`; created when missing. */
  dataDir: string;
  /** Overrides the database file, e.g. `':memory:'` in tests. */
  file?: string;
  clock?: Clock;
  sender?: SubscribeSender;
  templates?: Record<string, string>;
  /** Production: no demo accounts are seeded, and demo staff left from a trial are deactivated. */
  production?: boolean;
}

export interface EmbeddedRuntime {
  runtime: Runtime;
  /** Closes the database. */
  close(): Promise<void>;
}

/**
 * The runtime behind `npm start`: SQLite at `${dataDir}/station.db`, seeded with the Xishan
 * station and (outside production) the demo accounts on first start, notifications to the
 * in-app inbox only.
 *
 * @example
 * const { runtime, close } = await createEmbeddedRuntime({ dataDir: './data' });
 */
export async function createEmbeddedRuntime(options: EmbeddedOptions): Promise<EmbeddedRuntime> {
  const file = options.file ?? databaseFile(options.dataDir);
  const store = await openSqliteStore({ file });
  const clock = options.clock ?? systemClock;
  try {
    await seedIfEmpty(store, clock.now(), { demoAccounts: !options.production });
    if (options.production) await retireDemoAccounts(store);
  } catch (err) {
    await store.close();
    throw err;
  }
  const runtime: Runtime = {
    store,
    clock,
    sender: options.sender ?? inboxOnlySender,
    templates: options.templates ?? templatesFromEnv(process.env),
    files: createDiskFileStore(join(options.dataDir, 'files')),
  };
  return { runtime, close: () => store.close() };
}

/** `${dataDir}/station.db`, with `dataDir` private (0700) and the database files 0600. */
export function databaseFile(dataDir: string): string {
  privateDir(dataDir);
  const file = join(dataDir, 'station.db');
  privateFile(file);
  return file;
}
