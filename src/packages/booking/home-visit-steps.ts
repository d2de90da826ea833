/** The screens of the home-visit request. */
export type HomeVisitStep = 'basis' | 'proof' | 'contact' | 'wish' | 'done' | 'neither' | 'ineligible';

/**
 * The screen that holds a field the server complained about, so the resident lands on it.
 * @example stepOfField('phone') // 'contact'
 */
export function stepOfField(field: string | undefined): HomeVisitStep {
  const f = field ?? '';
  if (/^(birthDate|disabilityCertNo|forWhom|basis)/.test(f)) return 'proof';
  if (/^(address|phone)/.test(f)) return 'contact';
  return 'wish';
}
