// Small helpers shared by the benchmark scripts. Each benchmark prints JSON lines
// {"name","value","unit","target"}; names are kept stable across issues.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

export const emit = (name, value, unit, target) => {
  console.log(JSON.stringify({ name, value: Number(value.toFixed ? value.toFixed(3) : value), unit, target }));
};

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/** A free loopback port, so runs never collide with a server another run left behind. */
export async function freePort() {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Starts a child process and resolves once `url` answers 200, or rejects after `ms`. */
export async function startAndWait(cmd, args, env, url, ms = 120000) {
  const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${cmd} exited with ${child.exitCode}`);
    try {
      const r = await fetch(url);
      if (r.ok) return child;
    } catch {
      /* not up yet */
    }
    await sleep(200);
  }
  child.kill('SIGKILL');
  throw new Error(`${url} did not answer within ${ms} ms`);
}

export const stop = (child) =>
  new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });

/**
 * Bundles a small TypeScript entry (source text, imports relative to the project root) with
 * esbuild into dist/bench/<name>.cjs and requires it. npm packages stay external, and resolve
 * from the project's node_modules because the bundle lives inside the project.
 */
export async function loadTs(root, name, source) {
  const { build } = await import('esbuild');
  const { join } = await import('node:path');
  const { createRequire } = await import('node:module');
  const outfile = join(root, 'dist', 'bench', `${name}.cjs`);
  await build({
    stdin: { contents: source, resolveDir: root, loader: 'ts' },
    outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs',
    packages: 'external', logLevel: 'warning', absWorkingDir: root,
  });
  return createRequire(join(root, 'package.json'))(outfile);
}
