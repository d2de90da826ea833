/**
 * A phone number with its middle hidden, for lists others may glance at.
 * @example maskPhone('13912345678') // '139****5678'
 * @example maskPhone('0791-83280001') // '0791****0001'
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/[^\d]/g, '');
  if (digits.length < 7) return phone;
  const head = digits.startsWith('0') && digits.length > 11 ? 4 : 3;
  return `${digits.slice(0, head)}****${digits.slice(-4)}`;
}

/**
 * The number to call for an appointment, if it has one: the home-visit contact, else the family
 * member who booked.
 */
export function phoneOf(a: { homeVisit?: { phone: string }; forWhom?: { phone: string } }): string {
  return a.homeVisit?.phone || a.forWhom?.phone || '';
}
