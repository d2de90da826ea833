import Taro from '@tarojs/taro';

const KEY = 'booking:contact:v1';

/** What the phone remembers from the last booking, so the next one is prefilled. */
export interface SavedContact {
  phone: string;
  address: string;
}

/**
 * The contact saved by the last booking on this phone, or empty strings.
 * @example readContact().phone // '13912345678'
 */
export function readContact(): SavedContact {
  try {
    const saved = Taro.getStorageSync(KEY) as Partial<SavedContact> | '';
    if (saved && typeof saved === 'object') return { phone: saved.phone ?? '', address: saved.address ?? '' };
  } catch {
    // unreadable: start empty
  }
  return { phone: '', address: '' };
}

/** Remembers the contact of a booking that went through. */
export function saveContact(contact: Partial<SavedContact>): void {
  try {
    Taro.setStorageSync(KEY, { ...readContact(), ...contact });
  } catch {
    // storage full: nothing to prefill next time
  }
}
