/**
 * Test double for @tarojs/taro: jest functions for the APIs the pages call, an in-memory storage,
 * settable router params, and lifecycle hooks that run like effects.
 */
import { useEffect } from 'react';

const storage = new Map<string, unknown>();
let routerParams: Record<string, string> = {};

const resolved = () => jest.fn(() => Promise.resolve({ errMsg: 'ok' }));

const Taro = {
  makePhoneCall: resolved(),
  openLocation: resolved(),
  navigateTo: resolved(),
  redirectTo: resolved(),
  reLaunch: resolved(),
  navigateBack: resolved(),
  showToast: resolved(),
  stopPullDownRefresh: jest.fn(),
  pageScrollTo: resolved(),
  setClipboardData: resolved(),
  requestSubscribeMessage: jest.fn((_: { tmplIds: string[] }) => Promise.resolve<Record<string, string>>({ errMsg: 'requestSubscribeMessage:ok' })),
  showModal: jest.fn(() => Promise.resolve({ confirm: true, cancel: false })),
  getSystemInfoSync: jest.fn(() => ({ fontSizeSetting: 17 })),
  getAppBaseInfo: jest.fn((): { fontSizeSetting?: number; language: string } => ({ fontSizeSetting: 17, language: 'zh_CN' })),
  getStorageSync: jest.fn((key: string) => (storage.has(key) ? storage.get(key) : '')),
  setStorageSync: jest.fn((key: string, value: unknown) => void storage.set(key, JSON.parse(JSON.stringify(value)))),
  removeStorageSync: jest.fn((key: string) => void storage.delete(key)),
  cloud: { init: jest.fn(), callFunction: jest.fn(), uploadFile: jest.fn((_: { cloudPath: string; filePath: string }) => Promise.resolve({ fileID: '', statusCode: 200, errMsg: 'cloud.uploadFile:ok' })) },
  chooseMedia: jest.fn((_: { count?: number; mediaType?: string[]; sizeType?: string[]; sourceType?: string[] }) => Promise.resolve({ tempFiles: [] as Array<{ tempFilePath: string; size: number; fileType: string }>, type: 'image', errMsg: 'chooseMedia:ok' })),
  previewImage: resolved(),
};

export default Taro;

/** Sets what `useRouter().params` returns. */
export function __setRouterParams(params: Record<string, string>): void {
  routerParams = params;
}

/** Clears storage, router params and every recorded call. */
export function __reset(): void {
  storage.clear();
  routerParams = {};
  for (const fn of Object.values(Taro)) if (typeof fn === 'function' && 'mockClear' in fn) (fn as jest.Mock).mockClear();
}

export const useRouter = () => ({ params: routerParams, path: '' });
export const useLoad = (fn: () => void) => useEffect(() => fn(), []); // eslint-disable-line react-hooks/exhaustive-deps
export const useDidShow = (fn: () => void) => useEffect(() => fn(), []); // eslint-disable-line react-hooks/exhaustive-deps
export const useDidHide = jest.fn();
export const usePullDownRefresh = jest.fn();
export const useReachBottom = jest.fn();
export const useShareAppMessage = jest.fn();
export const useLaunch = jest.fn();
export const getStorageSync = Taro.getStorageSync;
export const setStorageSync = Taro.setStorageSync;
