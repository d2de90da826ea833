import type { UserConfigExport } from '@tarojs/cli';

/** Production builds (plain `taro build`): minified output. */
export default {
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>;
