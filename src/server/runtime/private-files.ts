import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';

/**
 * Makes `dir` a private directory (mode 0700), creating it when missing and tightening it when a
 * trial left it world-readable: `DATA_DIR` holds every resident's name and phone.
 *
 * @example
 * privateDir('./data'); // drwx------
 */
export function privateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

/**
 * Makes `file` private (mode 0600), creating it empty when missing. SQLite gives its `-wal` and
 * `-shm` files the mode of the database file, so creating `station.db` 0600 before SQLite opens it
 * keeps all three private; existing ones are tightened too.
 *
 * @example
 * privateFile('./data/station.db'); // -rw-------
 */
export function privateFile(file: string): void {
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  chmodSync(file, 0o600);
  for (const side of [`${file}-wal`, `${file}-shm`, `${file}-journal`]) if (existsSync(side)) chmodSync(side, 0o600);
}
