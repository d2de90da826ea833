import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin';
import devConfig from './dev';
import prodConfig from './prod';
import path from 'node:path';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { h5RootFontScript } from './root-font';

/**
 * `chinese-days` declares `"type": "commonjs"` but its `module` entry is ES module syntax, which
 * webpack then refuses to parse; let webpack read that file as either kind.
 */
function esmInCommonjsPackages(chain: any): void {
  chain.module.rule('chinese-days-esm').test(/chinese-days[\\/]dist[\\/]index\.es\.js$/).type('javascript/auto');
}

/** The first year of holiday notices the pages carry (the functions keep every year, 2004 on). */
const PAGES_FROM_YEAR = 2024;

/**
 * The holiday table the pages carry: chinese-days' notices from PAGES_FROM_YEAR on (its 2004–2026
 * table is 44 KB of the mini-program's main package; a phone asks about this year and next).
 * Written under dist/ at build time and put in place of the package's table by an alias; the
 * domain code reading it (src/domain/calendar/official.ts) is the same on both sides.
 */
function recentHolidayTable(): string {
  const full = JSON.parse(readFileSync(require.resolve('chinese-days/dist/chinese-days.json'), 'utf8')) as Record<string, Record<string, string>>;
  const recent = (days: Record<string, string> = {}) => Object.fromEntries(Object.entries(days).filter(([d]) => +d.slice(0, 4) >= PAGES_FROM_YEAR));
  // one file per platform, written whole then renamed: npm test builds weapp and H5 at once
  const out = path.resolve(__dirname, '..', 'dist', '.pages-data', `chinese-days.${process.env.TARO_ENV ?? 'pages'}.json`);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(`${out}.${process.pid}`, JSON.stringify({ holidays: recent(full.holidays), workdays: recent(full.workdays) }));
  renameSync(`${out}.${process.pid}`, out);
  return out;
}

/**
 * Taro build configuration for the weapp and H5 builds of 西山镇公共法律服务工作站.
 * designWidth 750: write sizes in px of a 750-wide design; weapp turns them into rpx and H5 into
 * rem (36px of design = 18 CSS px on a 375-px-wide phone).
 */
export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'xishan-legal-station',
    date: '2026-11-26',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV === 'h5' ? 'h5' : 'weapp'}`,
    plugins: [path.resolve(__dirname, 'a11y-plugin.js')],
    defineConstants: {},
    // weapp: the sitemap WeChat reads (which pages its search may index)
    copy: { patterns: process.env.TARO_ENV === 'h5' ? [] : [{ from: 'src/sitemap.json', to: 'dist/weapp/sitemap.json' }], options: {} },
    framework: 'react',
    // weapp: base.wxml repeats every component's template once per nesting level (16 by default,
    // about 4 KB each); 12 covers the pages' deepest trees, and deeper ones still render (via comp)
    baseLevel: 12,
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      // Modules only a subpackage uses stay in that subpackage (residents never download admin code).
      optimizeMainPackage: { enable: true },
      // minified output: WXML whitespace collapsed (JS and WXSS are minified by every production build)
      minifyXML: { collapseWhitespace: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin);
        esmInCommonjsPackages(chain);
        chain.resolve.alias.set('chinese-days/dist/chinese-days.json$', recentHolidayTable());
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[hash].css', chunkFilename: 'css/[name].[chunkhash].css' },
      // The root font size follows the screen width AND the browser's own text-size setting.
      htmlPluginOption: { script: h5RootFontScript },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin);
        esmInCommonjsPackages(chain);
        chain.resolve.alias.set('chinese-days/dist/chinese-days.json$', recentHolidayTable());
      },
    },
  };

  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig);
  return merge({}, baseConfig, prodConfig);
});
