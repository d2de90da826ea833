/// <reference types="@tarojs/taro" />

declare module '*.css';

declare namespace NodeJS {
  interface ProcessEnv {
    /** Set by the Taro build: the platform being built. */
    TARO_ENV?: 'weapp' | 'h5' | string;
    /** CloudBase environment id for `Taro.cloud.init` (weapp), from `.env.*`. */
    TARO_APP_CLOUD_ENV?: string;
    /** '1' shows the H5 demo sign-in link: demo builds only (`npm start` outside production, `taro build --watch`). */
    TARO_APP_DEMO_SIGN_IN?: string;
    /** JSON purpose → subscribe template id (the functions' TEMPLATE_IDS), from `.env.*`: see src/api/subscribe.ts. */
    TARO_APP_SUBSCRIBE_TEMPLATES?: string;
  }
}
