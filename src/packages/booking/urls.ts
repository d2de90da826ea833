/** Addresses of the booking pages (the `packages/booking` subpackage). */
export const BOOKING_HOME_URL = '/packages/booking/pages/index/index';
export const BOOK_URL = '/packages/booking/pages/book/index';
export const HOME_VISIT_URL = '/packages/booking/pages/home-visit/index';
export const MINE_URL = '/packages/booking/pages/mine/index';

/**
 * The booking flow started to move an existing booking to another time.
 * @example rescheduleUrl('appt:1', 'consultation') // '/packages/booking/pages/book/index?id=appt%3A1&service=consultation'
 */
export function rescheduleUrl(id: string, service: string): string {
  return `${BOOK_URL}?id=${encodeURIComponent(id)}&service=${encodeURIComponent(service)}`;
}
