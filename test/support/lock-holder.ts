import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

/** A second process holding SQLite's write lock on a database file, as a backup or the sqlite3 shell would. */
export interface LockHolder {
  /** Ends the other process's transaction (ROLLBACK) and waits for it to exit. */
  release(): Promise<void>;
}

const SCRIPT = `
const Database = require('better-sqlite3');
const db = new Database(process.argv[1]);
db.exec('BEGIN IMMEDIATE');
process.stdout.write('locked\\n');
process.stdin.once('data', () => { db.exec('ROLLBACK'); db.close(); process.exit(0); });
`;

/**
 * Starts a child process that opens `file` with its own better-sqlite3 connection and holds
 * `BEGIN IMMEDIATE` until released; resolves once the lock is held.
 *
 * @example
 * const holder = await holdWriteLock(join(dir, 'station.db'));
 * await holder.release();
 */
export async function holdWriteLock(file: string): Promise<LockHolder> {
  const child: ChildProcess = spawn(process.execPath, ['-e', SCRIPT, file], { cwd: process.cwd(), stdio: ['pipe', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`lock holder exited with ${code}`)));
    child.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('locked')) resolve();
    });
  });
  return {
    async release() {
      if (child.exitCode !== null) return;
      child.removeAllListeners('exit');
      child.stdin!.write('go\n');
      await once(child, 'exit');
    },
  };
}
