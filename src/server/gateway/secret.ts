import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { privateDir } from '../runtime/private-files';

/**
 * The key that signs dev sessions: `SESSION_SECRET` when set, else a random key kept in
 * `${dataDir}/session-secret` (created on first start, mode 600) so sessions survive restarts.
 *
 * @example
 * const secret = loadSessionSecret(process.env, './data');
 */
export function loadSessionSecret(env: Record<string, string | undefined>, dataDir: string): string {
  if (env.SESSION_SECRET) return env.SESSION_SECRET;
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) {
    const kept = readFileSync(file, 'utf8').trim();
    if (kept.length >= 32) return kept;
  }
  privateDir(dataDir);
  const fresh = randomBytes(32).toString('base64url');
  writeFileSync(file, fresh + '\n', { mode: 0o600 });
  return fresh;
}
