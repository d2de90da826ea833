/** Phones in lists are masked the way tickets mask them (src/domain/tickets/mask.ts). */
export { maskPhone } from '../../../../../domain/tickets/mask';

/**
 * The number to call for an appointment, if it has one: the home-visit contact, else the family
 * member who booked, else the phone the booker gave on the confirm screen.
 * @example phoneOf({ booker: { name: '陈大爷', phone: '13912345678' } }) // '13912345678'
 */
export function phoneOf(a: { homeVisit?: { phone: string }; forWhom?: { phone: string }; booker?: { phone?: string } }): string {
  return a.homeVisit?.phone || a.forWhom?.phone || a.booker?.phone || '';
}
