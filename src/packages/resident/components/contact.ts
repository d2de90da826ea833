import Taro from '@tarojs/taro';

const KEY = 'tickets:contact:v1';
/** The booking pages keep the phone under this key; reused so a resident types it once. */
const BOOKING_KEY = 'booking:contact:v1';

/** Name and phone remembered on this phone from the last form that went through. */
export interface SavedContact {
  name: string;
  phone: string;
}

function read(key: string): Partial<SavedContact> {
  try {
    const saved = Taro.getStorageSync(key) as Partial<SavedContact> | '';
    return saved && typeof saved === 'object' ? saved : {};
  } catch {
    return {};
  }
}

/**
 * The name and phone to prefill: what this phone remembers, else the booking's phone and the
 * name the server knows (`info.me`).
 * @example readContact('示例·陈大爷') // { name: '示例·陈大爷', phone: '13912345678' }
 */
export function readContact(knownName = ''): SavedContact {
  const mine = read(KEY);
  const booking = read(BOOKING_KEY);
  return { name: mine.name || knownName || '', phone: mine.phone || booking.phone || '' };
}

/** Remembers the contact of a form that went through. */
export function saveContact(contact: SavedContact): void {
  try {
    Taro.setStorageSync(KEY, contact);
  } catch {
    // storage full: nothing to prefill next time
  }
}
