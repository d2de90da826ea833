import Taro from '@tarojs/taro';

const TOKEN_KEY = 'session:token';

/**
 * The H5 session token from the gateway's sign-in (weapp needs none: CloudBase knows the OPENID).
 * @example getToken() // '' when nobody signed in
 */
export function getToken(): string {
  try {
    const token = Taro.getStorageSync(TOKEN_KEY);
    return typeof token === 'string' ? token : '';
  } catch {
    return '';
  }
}

/**
 * Remembers (or with '' forgets) the H5 session token.
 * @example setToken('eyJ…')
 */
export function setToken(token: string): void {
  try {
    if (token) Taro.setStorageSync(TOKEN_KEY, token);
    else Taro.removeStorageSync(TOKEN_KEY);
  } catch {
    // storage full or blocked: the call still works anonymously
  }
}
