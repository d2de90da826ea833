import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteStore } from '../store/sqlite';
import { seedIfEmpty } from '../seed';
import { inboxOnlySender } from '../notify/inbox-only-sender';
import { systemClock, type Clock } from '../ports/clock';
import type { SubscribeSender } from '../ports/sender';
import type { Runtime } from '../core/define';
import { templatesFromEnv } from './templates';

export interface EmbeddedOptions {
  /** Directory of `station.db`; created when missing. */
  dataDir: string;
  /** Overrides the database file, e.g. `':memory:'` in tests. */
  file?: string;
  clock?: Clock;
  sender?: SubscribeSender;
  templates?: Record<string, string>;
}

export interface EmbeddedRuntime {
  runtime: Runtime;
  /** Closes the database. */
  close(): Promise<void>;
}

/**
 * The runtime behind `npm start`: SQLite at `${dataDir}/station.db`, seeded with the Xishan
 * station and the demo accounts on first start, notifications to the in-app inbox only.
 *
 * @example
 * const { runtime, close } = await createEmbeddedRuntime({ dataDir: './data' });
 */
export async function createEmbeddedRuntime(options: EmbeddedOptions): Promise<EmbeddedRuntime> {
  const file = options.file ?? databaseFile(options.dataDir);
  const store = await openSqliteStore({ file });
  const clock = options.clock ?? systemClock;
  try {
    await seedIfEmpty(store, clock.now());
  } catch (err) {
    await store.close();
    throw err;
  }
  const runtime: Runtime = {
    store,
    clock,
    sender: options.sender ?? inboxOnlySender,
    templates: options.templates ?? templatesFromEnv(process.env),
  };
  return { runtime, close: () => store.close() };
}

/** `${dataDir}/station.db`, creating `dataDir` when missing. */
export function databaseFile(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true });
  return join(dataDir, 'station.db');
}
