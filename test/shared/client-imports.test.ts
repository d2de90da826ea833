import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const SRC = join(ROOT, 'src');

/** Every .ts/.tsx file under `dir`. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return filesUnder(p);
    return /\.tsx?$/.test(name) ? [p] : [];
  });
}

/** The relative import specifiers of a source file (import … from, export … from, import()). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.[^'"]+)['"]/g)].map((m) => m[1]);
}

describe('what the mini-program may import', () => {
  it('client code (pages, components, api, ui) reaches only src/shared and src/domain, never src/server', () => {
    const client = filesUnder(SRC).filter((f) => !f.startsWith(join(SRC, 'server')));
    const offenders = client.flatMap((file) =>
      importsOf(file)
        .filter((spec) => resolve(dirname(file), spec).startsWith(join(SRC, 'server')))
        .map((spec) => `${relative(ROOT, file)} → ${spec}`));
    expect(offenders).toEqual([]);
  });

  it('bench seeders live with the bench scripts, not in production code', () => {
    const seeders = filesUnder(join(SRC, 'server')).filter((f) => /\/bench\.tsx?$/.test(f)).map((f) => relative(ROOT, f));
    expect(seeders).toEqual([]);
  });
});
