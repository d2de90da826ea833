// weapp_main_bytes and h5_initial_js_bytes: what a resident downloads first.
import { readdirSync, statSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { emit } from './util.mjs';

const sizeOf = (dir, skip = () => false) =>
  readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => {
    const p = join(dir, e.name);
    if (skip(p)) return sum;
    return sum + (e.isDirectory() ? sizeOf(p, skip) : statSync(p).size);
  }, 0);

export function benchSizes(root) {
  const weapp = join(root, 'dist/weapp');
  const app = JSON.parse(readFileSync(join(weapp, 'app.json'), 'utf8'));
  const subRoots = (app.subPackages ?? app.subpackages ?? []).map((s) => join(weapp, s.root.replace(/\/$/, '')));
  emit('weapp_main_bytes', sizeOf(weapp, (p) => subRoots.includes(p)), 'bytes', '<= 409600');

  const h5 = join(root, 'dist/h5');
  const html = readFileSync(join(h5, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => join(h5, m[1].replace(/^\//, '')));
  emit('h5_initial_js_bytes', scripts.filter(existsSync).reduce((s, f) => s + statSync(f).size, 0), 'bytes', 'informational');
}
