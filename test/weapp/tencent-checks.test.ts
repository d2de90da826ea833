import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Tencent's own offline checks (miniprogram-ci) on the weapp build `npm test` makes, run by
// scripts/weapp-checks.mjs in a process of its own, plus what the issue asks of the package.
jest.setTimeout(120_000);

const root = join(__dirname, '..', '..');
const weapp = join(root, 'dist', 'weapp');
/** The limit for the main package (WeChat's own is 2 MB): new work goes to subpackages. */
const MAIN_PACKAGE_LIMIT = 400 * 1024;

interface AppJson {
  pages: string[];
  subPackages?: Array<{ root: string; pages: string[] }>;
  lazyCodeLoading?: string;
  preloadRule?: Record<string, { network?: string; packages: string[] }>;
  sitemapLocation?: string;
}
interface Checks {
  schema: Record<string, unknown>;
  analysed: { files: number };
  quality: Array<{ name: string; success: boolean }>;
  failed: string[];
  mainBytes: number | null;
}

let app: AppJson;
let checks: Checks;
let status: number | null;

beforeAll(() => {
  if (!existsSync(join(weapp, 'app.json'))) throw new Error('dist/weapp is not built: run `npx taro build --type weapp` (npm test does)');
  app = JSON.parse(readFileSync(join(weapp, 'app.json'), 'utf8'));
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'weapp-checks.mjs'), weapp], { encoding: 'utf8', timeout: 110_000 });
  status = r.status;
  checks = JSON.parse(r.stdout);
});

const sizeOf = (path: string, skip: (p: string) => boolean): number =>
  readdirSync(path, { withFileTypes: true }).reduce((sum, e) => {
    const p = join(path, e.name);
    if (skip(p)) return sum;
    return sum + (e.isDirectory() ? sizeOf(p, skip) : statSync(p).size);
  }, 0);

describe('miniprogram-ci on dist/weapp', () => {
  it('schemaValidate finds nothing in app.json, any page json, project.config.json or sitemap.json', () => {
    expect(checks.schema).toEqual({});
  });

  it('analyseCode reads the whole build, and checkCodeQuality passes every check (size limits, lazy code loading, JS/WXML/WXSS compression, unused code)', () => {
    expect(checks.analysed.files).toBeGreaterThan(50);
    expect(checks.quality.map((q) => q.name)).toEqual(expect.arrayContaining(['PACKAGE_SIZE_LIMIT', 'LAZYCODE_LOADING_OPEN', 'JS_COMPRESS_OPEN', 'WXML_COMPRESS_OPEN', 'WXSS_COMPRESS_OPEN']));
    expect(checks.failed).toEqual([]);
    expect(status).toBe(0);
  });
});

describe('the weapp build residents download', () => {
  it('keeps the main package under 400 KB (by Tencent\'s count and by the files on disk): new work is in subpackages', () => {
    expect(checks.mainBytes).toBeLessThanOrEqual(MAIN_PACKAGE_LIMIT);
    const subRoots = (app.subPackages ?? []).map((s) => join(weapp, s.root.replace(/\/$/, '')));
    expect(sizeOf(weapp, (p) => subRoots.includes(p))).toBeLessThanOrEqual(MAIN_PACKAGE_LIMIT);
  });

  it('loads components lazily, preloads booking and complaints from the home page, and has a sitemap', () => {
    expect(app.lazyCodeLoading).toBe('requiredComponents');
    expect(app.preloadRule?.['pages/index/index']?.packages).toEqual(expect.arrayContaining(['packages/booking', 'packages/resident']));
    expect(existsSync(join(weapp, app.sitemapLocation ?? 'sitemap.json'))).toBe(true);
  });

  it('carries no H5 demo sign-in, and the privacy sheet is there', () => {
    const roots = (app.subPackages ?? []).map((s) => s.root);
    expect(roots).not.toContain('packages/dev');
    expect(existsSync(join(weapp, 'packages', 'dev'))).toBe(false);
    expect(roots).toContain('packages/privacy');
    const js = readdirSync(weapp, { recursive: true }).map(String).filter((f) => f.endsWith('.js'));
    for (const f of js) expect(readFileSync(join(weapp, f), 'utf8')).not.toContain('开发登录（演示账号）');
  });
});
