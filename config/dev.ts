import type { UserConfigExport } from '@tarojs/cli';

/** Development builds (`taro build --watch`): readable output, build logs. */
export default {
  logger: { quiet: false, stats: true },
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>;
